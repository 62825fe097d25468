# format() on str, None, bool, lists and tuples: '' spec means str(), alignment/precision for strings, errors on numeric specs
for s in ['', 'a', 'abc', 'hello world', 'é日本']:
    print(repr(s), ' '.join('[' + format(s, spec) + ']' for spec in ['', 's', '5', '<5', '>5', '^5', '^6', '.2', '5.1', '*^7', '>3.1', '.0', '-^4s']))
print(format(None, ''), format(None, ''), '[' + format([1, 2], '') + ']', format((1,), ''), format({'a': 1}, ''))
print(f'{None}', f'{None!r}', f'{[1, "a"]}', f'{[1, "a"]!s}', f'{("x",)!r:>10}')
for v, spec in [(None, 's'), (None, '>5'), ([1], '>5'), ((1, 2), '10'), ('abc', 'd'), ('abc', '=5'), ('abc', '+'),
                ('abc', '05'), ('abc', ','), ('abc', '#'), ('abc', 'x'), ('abc', 'c'), (3.5, 's'), ('abc', '1.2.3'),
                ('abc', '<<<'), ({1}, 'x')]:
    try:
        print(repr(v), repr(spec), '[' + format(v, spec) + ']')
    except (TypeError, ValueError) as e:
        print(repr(v), repr(spec), type(e).__name__ + ':', e)
print(format('x', '0>3'), format('x', '03'), format('x', '<03'), format('12', '0>5'), format('ab', '\u2605^6'))
print(format(123, ''), format(-123, ''), format(1.5, ''), format(True, ''), format('True', ''), format(2 ** 64, ''))
print('{:>{w}}|{:<{w}}|'.format('r', 'l', w=4), '{:.{p}}'.format('truncate', p=3), '{:^{}}'.format('c', 7))
table = [('apple', 1.5, 10), ('kiwi', 0.25, 200), ('watermelon', 3.0, 3)]
print('{:<12}{:>8}{:>6}'.format('name', 'price', 'qty'))
for name, price, qty in table:
    print(f'{name:<12}{price:>8.2f}{qty:>6d}')
print(f'{"total":<12}{sum(p * q for _, p, q in table):>8.2f}{sum(q for *_, q in table):>6}')
