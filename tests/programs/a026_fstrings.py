# f-strings: expressions, conversions !r !s !a, nested format specs, '=' self-documenting, braces, quotes, dict access, calls
x, y = 10, 3
name = 'Ada'
items = ['a', 'b']
d = {'key': 'v', 1: 'one'}
print(f'{x} + {y} = {x + y}', f'{x / y:.3f}', f'{x // y}{x % y}', f'{x ** y:,}', f'{-x:+}', f'{x:#b}')
print(f'{name!r} {name!s} {"né"!a} {name:>6} {name!r:>8} {name.upper()} {name[::-1]} {len(name)}')
print(f'{items} {items[0]} {d["key"]} {d[1]} {items[-1]!r} {{literal}} {{{x}}} {"}"}')
w, p = 10, 2
print(f'[{3.14159:{w}.{p}f}] [{"s":{"*"}^{w}}] [{x:0{w}d}] [{x:>{w - 5}}]')
print(f'{x=}', f'{x = }', f'{name=!s}', f'{x*2=}', f'{3.5=:.2f}', f'{items[0]=}', f'{name = :>5}')
print(f'{"quoted"}', f"{'single'}", f'''{"triple"}''', f'{x if x > 5 else y}', f'{(lambda v: v * 2)(4)}')
print(f'{[i * i for i in range(4)]}', f'{ {k: v for k, v in [(1, 2)]} }', f'{(1, 2)}', f'{x,}', f'{x!r:5}|')
print(f'{"a" "b"}', f'{"-".join(["x", "y"])}', f'{sum(range(5)):>{w}}', f'{name:.1}{name:.2}', F'{x}')
nested = f'{f"{x}"*2}'
print(nested, len(nested), f'{x}' f'{y}' 'plain' f'{name}')
print(f'{3 > 2}', f'{None}', f'{True:d}', f'{1e20}', f'{1e-5}', f'{0.1 + 0.2}', f'{2 ** 100}')
print(f'{x:}', f'{x!s:}', f'{x:{""}}', f'{"":>3}|', f'{x:{"<"}{5}}|')
val = 255
for spec in ['x', 'X', '#o', '08b', ',', '_b']:
    print(f'{val:{spec}}', end=' ')
print()
print(f'{"multi"}\t{"tab"}', f'\N{EURO SIGN}{x}', rf'\n{x}', fr'{name}\t')
try:
    print(f'{x:z}')
except ValueError as e:
    print('ValueError:', e)
try:
    print(f'{name:d}')
except ValueError as e:
    print('ValueError:', e)
try:
    print(f'{undefined_name}')
except NameError as e:
    print('NameError:', e)
