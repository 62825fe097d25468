# traceback of an uncaught exception raised inside a lambda called via map/list: frame name <lambda>
values = ['1', '2', 'x']
convert = lambda s: int(s) * 2
print(list(map(convert, values)))
