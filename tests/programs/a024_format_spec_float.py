# format() mini-language on floats: e/E/f/F/g/G/%/n/none with precision, '#', zero padding, sign incl '-0.0', inf/nan padding, grouping
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-10, 1.5e22, 0.00012345, 123456789012345678.0, 0.5, 2.5, 1e16, 9.999999e-5]
specs = ['', 'e', '.2e', 'E', 'f', '.0f', '#.0f', '.3f', 'F', 'g', '.3g', '#g', '#.3g', 'G', '.10g', '%', '.1%', 'n', '.2',
         '+.2f', ' .1f', '12.4f', '<12.2e', '^12g', '012.3f', '+012.1f', ',.2f', '_.3f', ',', ',g', '=+12.2f', '*>10', '.0e', '#.0e', '.0g', '.0%']
for v in vals:
    print(repr(v), ' '.join('[' + format(v, s) + ']' for s in specs))
print(format(0.0, 'g'), format(-0.0, 'g'), format(1e-10, '.3g'), format(-0.0, '+.2f'), format(0.0, '+.2f'), format(-0.0, ' f'), format(-0.0, ''))
print(format(float('nan'), '08.2f'), format(float('inf'), '08.2f'), format(float('-inf'), '08.2f'), format(float('nan'), '+'), format(float('inf'), '+e'))
print(format(float('inf'), 'F'), format(float('nan'), 'E'), format(float('-inf'), 'G'), format(float('nan'), '%'), format(float('inf'), '^9'), format(float('nan'), '*<6'))
print(format(1e16, ''), format(1e16, 'g'), format(1e15, ''), format(1e15, 'g'), format(123456.0, 'g'), format(1234567.0, 'g'), format(0.0001, 'g'), format(0.00001, 'g'))
print(format(1.0, ''), format(1.0, 'g'), format(1.0, '.1'), format(10.0, '.1'), format(15.0, '.1'), format(0.1, '.0'), format(2.0 ** 0.5, '.17'), format(0.1, '.20f'))
print(format(2.675, '.2f'), format(1.005, '.2f'), format(0.125, '.2f'), format(0.375, '.2f'), format(-0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
print(format(1e22, 'f'), format(1e-7, 'f'), format(1.23e-7, '.10f'), format(2 ** 0.5, '.50f'))
print(format(123.456, '.2%'), format(-0.001, '%'), format(1 / 3, '.3%'), format(1234567.0, ',.0f'), format(-1234567.5, '_.1f'))
print(f'{3.14159:10.3f}|{3.14159:<10.3f}|{3.14159:^10.3f}|{-3.14159:=10.3f}|{3.14159:+010.3f}')
print(f'{12345.6789:,.2f} {0.000012345:.2e} {123456789.0:.3g} {1e-5:.1g} {99.99:.0f} {99.5:.0f} {100.5:.0f}')
print(format(5, 'f'), format(5, '.2e'), format(5, '%'), format(2 ** 70, '.3e'), format(-3, 'g'), format(10 ** 17, 'g'))
bad = ['d', 'x', 'b', 'c', 's', 'o', ',_', '#,d', '.2d', 'z']
for spec in bad:
    try:
        print(repr(spec), format(1.5, spec))
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
print(format(-0.0, 'z.2f'), format(-0.001, 'z.1f'), format(-0.001, '.1f'), format(-0.0, 'z'), format(-1e-9, 'z.3e'), format(-0.04, 'z.1%'))
