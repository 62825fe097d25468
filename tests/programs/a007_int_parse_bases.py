# int() from strings: bases 0, 2, 8, 10, 16, 36, prefixes, underscores, whitespace, signs, and error messages
print(int('0'), int('-0'), int('+17'), int('  42  '), int('\t-7\n'), int('1_000'), int('007'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0XfF', 16), int('-0x1f', 16), int('1_f', 16))
print(int('777', 8), int('0o777', 8), int('-0O10', 8), int('1010', 2), int('0b1010', 2), int('-0B1_1', 2))
print(int('z', 36), int('Z', 36), int('10', 36), int('zz', 36), int('Python', 36), int('-helloworld', 36))
print(int('0x10', 0), int('0o10', 0), int('0b10', 0), int('10', 0), int('0', 0), int('000', 0), int('-0x_1', 0))
print(int('12', 3), int('12', 5), int('a', 11), int('1' * 70, 2), int('7' * 30, 8))
print(int('123456789012345678901234567890'), int('-' + '9' * 25), int(' +1_2_3 '))
print(int(3.99), int(-3.99), int(True), int(-0.5), int(1e3))
print(int(), int(0), int(2 ** 100), int(' 0b1 ', 0))
bad = [('', 10), (' ', 10), ('1.5', 10), ('0x10', 10), ('08', 0), ('1__0', 10), ('_1', 10), ('1_', 10),
       ('12', 2), ('g', 16), ('0b', 2), ('0x', 0), ('+-1', 10), ('1 2', 10), ('z', 35), ('abc', 0),
       ('0o8', 8), ('--5', 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print('ValueError:', e)
for base in (1, 37, -1, 100):
    try:
        int('1', base)
    except ValueError as e:
        print('ValueError:', e)
for arg in (None, [1], '5j'):
    try:
        int(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError:', e)
try:
    int('5', '10')
except TypeError as e:
    print('TypeError:', e)
print(int('10', base=16), int(x='11', base=2) if False else int('11', base=2))
print(str(255), hex(255), oct(255), bin(255), hex(-255), oct(-8), bin(-5), hex(0), bin(0), oct(0))
print(hex(2 ** 64), oct(2 ** 64), bin(2 ** 64), hex(-(2 ** 64) - 1))
for n in (0, 1, -1, 35, 36, 1295, 2 ** 40):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    v, out = abs(n), ''
    while True:
        v, d = divmod(v, 36)
        out = digits[d] + out
        if v == 0:
            break
    s = ('-' if n < 0 else '') + out
    print(n, s, int(s, 36) == n)
