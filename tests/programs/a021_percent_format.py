# printf-style % formatting: every conversion, flags - + space # 0, width/precision incl *, mapping keys, tuples, and errors
print('%d %i %u' % (42, -42, 7), '%d' % 3.99, '%d' % -3.99, '%d' % True, '%d' % 2 ** 70)
print('%s %r %a' % ('s', 's', 'é'), '%s' % [1, 'a'], '%r' % [1, 'a'], '%s' % (1,), '%s' % ((1, 2),))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8), '%x' % -255, '%#x' % -255, '%#o' % 0, '%#x' % 0)
print('%e %E %f %F %g %G' % (12345.678, 12345.678, 1.5, 1.5, 12345.678, 1e-10))
print('%.2e %.0e %#.0e %.3f %.0f %#.0f %.10g %#g %g' % (1.5, 1.5, 1.5, 2.0005, 2.5, 2.5, 1 / 3, 1.0, 1e16))
print('%c%c%c' % (72, 'i', 0x1F600), '%%', '100%%' % (), '%s%%' % 50)
print('[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+5d] [% 05d] [%+05d]' % (42, 42, 42, 42, 42, 42, 42, 42, -42))
print('[%10.3f] [%-10.3f] [%010.3f] [%+.2f] [% .2f] [%+010.2f]' % (3.14159, 3.14159, -3.14159, 2.0, 2.0, -2.0))
print('[%8s] [%-8s] [%.2s] [%8.2s] [%-8.3r]' % ('abc', 'abc', 'abc', 'abc', 'abc'))
print('[%*d] [%-*d] [%.*f] [%*.*f] [%*s]' % (6, 1, 6, 1, 2, 3.14159, 8, 3, 2.71828, -6, 'ab'))
print('[%#8x] [%#08x] [%-#8o] [%08.3e] [%x]' % (255, 255, 8, 12345.6789, 2 ** 70))
print('%(name)s is %(age)d, %(name)r again; %(pct).1f%%' % {'name': 'Ann', 'age': 30, 'pct': 99.44})
print('%(a)s %(a)s' % {'a': 1}, '%s' % {'k': 1}, '%(k)s' % {'k': [1, 2]}, 'no args' % ())
print('%s' % None, '%r' % None, '%d%s' % (1, 'x'), '%.3s' % 'abcdef', '%5.1s|' % 'xyz', '%s' % 'x' * 3)
print('%f %f %f %e %g' % (float('inf'), float('-inf'), float('nan'), float('inf'), float('-nan')))
print('%5.1f%%' % 12.345, '%-6s|%6s' % ('ab', 'cd'), '%i' % 0x10, '%o' % -8, '%X' % 3054)
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5), '%.2f' % 2.675, '%.1f' % 0.25, '%d' % -0.0, '%.1f' % -0.0)
errors = [("'%d' % 'x'", lambda: '%d' % 'x'), ("'%d %d' % (1,)", lambda: '%d %d' % (1,)),
          ("'%d' % (1, 2)", lambda: '%d' % (1, 2)), ("'%z' % 1", lambda: '%z' % 1),
          ("'%(k)s' % {}", lambda: '%(k)s' % {}), ("'%(k)s' % (1,)", lambda: '%(k)s' % (1,)),
          ("'%c' % 'ab'", lambda: '%c' % 'ab'), ("'%c' % -1", lambda: '%c' % -1),
          ("'%x' % 1.5", lambda: '%x' % 1.5), ("'%f' % 'a'", lambda: '%f' % 'a'),
          ("'%s %s' % 'ab'", lambda: '%s %s' % 'ab'), ("'%' % ()", lambda: '%' % ()),
          ("'%*d' % ('a', 1)", lambda: '%*d' % ('a', 1)), ("'x' % 5", lambda: 'x' % 5),
          ("'%d' % None", lambda: '%d' % None), ("'%c' % 1.5", lambda: '%c' % 1.5)]
for text, f in errors:
    try:
        print(text, '->', f())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(text, '->', type(e).__name__ + ':', e)
