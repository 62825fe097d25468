# str.format: auto/manual numbering, keywords, index and attribute fields on builtins, conversions, nested specs, braces, errors
print('{}-{}-{}'.format('a', 'b', 'c'), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}{1}{0}'.format('x', 'y'))
print('{name}:{n:03d}'.format(name='id', n=7), '{0}/{k}/{1}'.format(1, 2, k='K'), 'no fields'.format(1, 2))
print('{0[0]}{0[2]}'.format('abc'), '{0[1]}'.format([10, 20]), '{d[key]}'.format(d={'key': 'val'}), '{0[1][0]}'.format([0, (5, 6)]))
print('{0.real} {0.imag} {1.real}'.format(5, 2.5), '{0.__class__.__name__}'.format(3.0), '{x.denominator}'.format(x=7))
print('{d[0]} {d[-1]}'.format(d={0: 'int-key', '-1': 'str-key'}), '{0[10]}'.format({10: 'ten'}))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>8}'.format('é'), '{:>6}|{:<6}|{:^6}'.format(*'abc'))
print('{{}} {{{}}} {{{{}}}} }}{{'.format(1), '{:{}}|'.format('x', 5), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{0:{1}{2}{3}}'.format(42, '*', '^', 9), '{:{fill}>{width}}'.format('r', fill='.', width=4))
print('{0:>{1}}'.format('nest', 8), '{a[b]}'.format(a={'b': 'dict'}), '{0[a]}'.format({'a': 1}))
args = ('p', 'q')
kw = {'z': 'Z'}
print('{0}{1}{z}'.format(*args, **kw), 'x{}y'.format(None), '{}'.format([1, {2: 3}]), '{:}'.format(1.0))
print('{0:d} {0:x} {0:b} {1:.3} {2!r:^9}|'.format(255, 3.14159, 'hi'))
print('{:*^20}'.format(' centered '), '{:=^20,}'.format(1234567), '{0:,}'.format(10 ** 12))
print('Total: {:>10.2f}'.format(123.456), '{:%}'.format(0.25), '{:.1e}'.format(12345))
print('{0}'.format({'a': 1}), '{0!s:>5}'.format(True), '{0:>5}'.format(True), '{:d}'.format(True))
print('{}{}'.format(*'ab'), '{:}'.format(''), '[{:5}]'.format(''), '[{:^5}]'.format(''), '{:.0}'.format('abc'))
errors = [("'{}{1}'.format(1, 2)", lambda: '{}{1}'.format(1, 2)),
          ("'{1}{}'.format(1, 2)", lambda: '{1}{}'.format(1, 2)),
          ("'{}'.format()", lambda: '{}'.format()),
          ("'{2}'.format(1)", lambda: '{2}'.format(1)),
          ("'{x}'.format(y=1)", lambda: '{x}'.format(y=1)),
          ("'{'.format()", lambda: '{'.format()),
          ("'}'.format()", lambda: '}'.format()),
          ("'{0!x}'.format(1)", lambda: '{0!x}'.format(1)),
          ("'{0:d}'.format('s')", lambda: '{0:d}'.format('s')),
          ("'{0[5]}'.format([1])", lambda: '{0[5]}'.format([1])),
          ("'{0.nope}'.format(1)", lambda: '{0.nope}'.format(1)),
          ("'{:s}'.format(5)", lambda: '{:s}'.format(5)),
          ("'{0[x]}'.format([1])", lambda: '{0[x]}'.format([1])),
          ("'{a}'.format_map({})", lambda: '{a}'.format_map({})),
          ("'{!}'.format(1)", lambda: '{!}'.format(1)),
          ("'{0!r'.format(1)", lambda: '{0!r'.format(1)),
          ("'{:%d}'.format(1)", lambda: '{:%d}'.format(1)),
          ("'{0[}'.format(1)", lambda: '{0[}'.format(1))]
for text, f in errors:
    try:
        print(text, '->', f())
    except (IndexError, KeyError, ValueError, TypeError, AttributeError) as e:
        print(text, '->', type(e).__name__ + ':', e)
print('{a} {b} {a}'.format_map({'a': 'A', 'b': 'B'}), '{x:>4}'.format_map({'x': 'X'}), '{0}'.format_map({}) if False else '')
