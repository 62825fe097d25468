# float() from strings: whitespace, signs, exponents, underscores, inf/nan spellings, hex-free forms, and error messages
good = ['1', '  2.5  ', '-3', '+4.', '.5', '-.5', '1e3', '1E-3', '1.5e+10', '-1_000.5', '1_0e1_0', 'inf', '-inf',
        'Infinity', '+INFINITY', 'iNf', 'nan', '-NaN', '0', '-0', '-0.0', '00012.50', '\n\t7\r ', '1e309',
        '-1e309', '1e-400', '4.9e-324', '2.4e-324', '1.7976931348623158e308', '0.1000000000000000055511151231257827',
        '123456789012345678901234567890', '.0', '0.', '1e0', '9' * 30]
for s in good:
    print(repr(s), float(s))
bad = ['', ' ', 'x', '1.2.3', '1e', 'e5', '1_', '_1', '1__0', '1e_5', '0x10', 'infi', 'nan1', '+-1', '1 0', '- 1',
       '., ', 'in f', '1ee5', '1,5', 'one']
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError:', e)
for arg in (None, [1.0], {}):
    try:
        float(arg)
    except TypeError as e:
        print('TypeError:', e)
print(float(), float(3), float(-0), float(2 ** 80), float(True), float(1.5))
print(float('1e16'), float('1e15'), float('12e-5'), float('123e-7'))
print(str(float('0.30000000000000004')), float('3.0000000000000004') == 3.0000000000000004)
print(float('  -0  '), float('-0') == 0, str(float('-nan')), str(float('+nan')))
