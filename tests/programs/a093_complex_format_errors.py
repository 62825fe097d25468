# format(complex, spec): no type vs 'g' (parentheses, +0 real part), precision, alternate, signs, grouping, 'z', fill and alignment; complex-only spec errors; str.format / f-strings / % with complex
inf = float('inf')
nan = float('nan')

values = [1 + 1j, 1000 + 0j, 0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1j, -1j,
          complex(1e16, 1e-5), complex(1.5, -2.25), complex(nan, inf), complex(0, nan), complex(-inf, 0),
          complex(1234567.891, -0.000123), complex(-0.004, 0.004), complex(2.5, 3.5), complex(1e-320, 5e300)]
specs = ['', '#', '<20', '^20', '>20', '*>20', '\u2605^21', '.3', '.3g', 'g', '#g', 'G', 'e', 'E', '.2e', 'f', 'F',
         '.2f', '.0f', '#.0f', '.0', '#.3', '.0e', ',', '_', ',.2f', '_.3e', ',g', '+', ' ', '-', '+g', ' .2f',
         '-.1e', 'z', 'z.1f', 'z.0f', '+z.2f', 'zg', 'n', '.3n', '10.3e', '<30.4g', '^+30,.2f', '25', '.20g',
         '.17', '#.1', 'x<12.1f', '#e']
for value in values:
    for spec in specs:
        try:
            result = repr(format(value, spec))
        except Exception as e:
            result = '%s %s' % (type(e).__name__, e)
        print('%r %r %s' % (value, spec, result))

# spec errors
for spec in ['d', 'x', '%', '.2%', 's', 'c', 'b', '010', '010.2f', '0<10', '0>10', '0^10', '=10', '*=10', '+=',
             '=', '0', '0g', '00', ',n', '_n', ',d', '__', ',_', '_,', '.', '.f', '10.', '2,3', 'gg', '.2fg',
             '\u20ac', '\x00', 'j', '.9999999999999999999f', '.2147483648f', '.2147483647', '99999999999999999999',
             '#', 'z%', '<', '>', '^']:
    try:
        print(repr(spec), '->', repr(format(1 + 2j, spec)))
    except Exception as e:
        print(repr(spec), '->', type(e).__name__, e)


class Named(complex):
    pass


for spec in ['d', '%', '=5', '05', 'xx']:
    try:
        print(format(Named(1, 2), spec))
    except ValueError as e:
        print(e)
print(format(Named(1, 2), ''), format(Named(1, 2), '.1f'), f'{Named(3):>8}')


class Shouty(complex):
    def __str__(self):
        return 'SHOUT'


print(format(Shouty(1), ''), f'{Shouty(1)}', f'{Shouty(1):g}', str(Shouty(1)), repr(Shouty(1)))

# __format__ called directly
for f in [lambda: (1j).__format__(), lambda: (1j).__format__('g', 'h'), lambda: (1j).__format__(5),
          lambda: format(1j, 5), lambda: (1j).__format__(spec='g'), lambda: (1 + 2j).__format__('^12.1f'),
          lambda: complex.__format__(2j, '')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# str.format, f-strings, %-formatting
z = 3.25 - 1.5j
print('{}'.format(z), '{:.1f}'.format(z), '{0.real} {0.imag}'.format(z), '{!r:>20}'.format(z), '{:*^24e}'.format(z))
print(f'{z}', f'{z!s}', f'{z!r}', f'{z:g}', f'{z:+.3}', f'{z=}', f'{z.real:.1f}', f'{-z}', f'{z * 1j:.0f}')
width, precision = 18, 2
print(f'{z:{width}.{precision}f}|', f'{z:<{width}}|', f'{z:_^{width}.1e}|')
print('%s %r %10s %-10r|' % (z, z, 1j, -1j), '%(c)s' % {'c': 2j})
print([format(complex(i, -i), '.1f') for i in range(3)], ', '.join(format(c, 'g') for c in [1j, 2 + 0j, 1e20j]))
