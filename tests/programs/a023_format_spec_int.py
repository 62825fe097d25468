# format() mini-language on ints and big ints: fill/align incl '=', sign, '#', '0', width, ',' and '_' grouping, types b c d o x X n e f g %
specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^7', '0=6', '+', '-', ' ', '+6', ' 6', '06', '+06', '#x', '#X', '#o', '#b',
         'x', 'X', 'o', 'b', '08b', '#010b', ',', '_', '_x', '_b', '_o', '#_X', ',d', '010,', '+,', 'n', 'e', '.2e', 'E',
         'f', '.1f', 'g', 'G', '%', '.0%', 'c', '>10,', '<+8', '^+9', 'x<10', '#^12x', '=+10,']
for n in [0, 7, -7, 255, -255, 1234567, 65, 2 ** 64 + 1, -(10 ** 20)]:
    out = []
    for spec in specs:
        if spec == 'c' and not 0 <= n < 0x110000:
            continue
        out.append('[' + format(n, spec) + ']')
    print(n, ' '.join(out))
print(format(True, ''), format(True, 'd'), format(False, '^7'), format(True, '#x'), format(True, '.1f'), format(False, '%'))
print(format(10 ** 30, ','), format(-(10 ** 30), '_'), format(2 ** 100, '#x'), format(2 ** 100, 'e'), format(3 ** 50, '.3g'))
print(format(123456789, '_d'), format(123456789, ','), format(-1234, '08,'), format(1234, '09,'), format(1234, '010,'))
print(format(0xDEADBEEF, '_X'), format(0xDEADBEEF, '#_x'), format(255, '#012_b'), format(-255, '#012_b'))
print(f'{42:{"*"}^{10}}', f'{-42:=+10}', f'{42:=10}', f'{-42:010}', f'{-42:<010}', f'{42:>+#7x}')
print(format(5, '0>3'), format(5, '0<3'), format(5, '0^3'), format(-5, '03'), format(-5, '0>3'), format(5, 'X^3'))
print(format(1234567, '020,'), format(1234567, '021,'), format(-1234567, '021_'), format(12, '0,'), format(1, '06_'))
bad = ['s', '.2', '.2d', 'z', ',x', ',b', '_,', ',_', '=s', '#c', '+c', 'c,', 'abc', '<<', '10.5x', '-n', ',n']
for spec in bad:
    try:
        print(repr(spec), format(42, spec))
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
for n in (-1, 0x110000):
    try:
        format(n, 'c')
    except OverflowError as e:
        print('OverflowError:', e)
try:
    format(42, 1)
except TypeError as e:
    print('TypeError:', e)
