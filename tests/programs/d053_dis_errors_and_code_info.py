# What dis refuses, with CPython's messages; code_info's fields.
import dis


def attempt(function, *args):
    try:
        function(*args)
    except (TypeError, RuntimeError, SyntaxError) as e:
        print(type(e).__name__ + ':', e)


attempt(dis.dis, 5)
attempt(dis.dis, 2.5)
attempt(dis.dis, [1, 2])
attempt(dis.dis, None)
attempt(dis.dis)
attempt(dis.get_instructions, 5)
attempt(dis.get_instructions, len)
attempt(dis.code_info, (1, 2))
attempt(dis.show_code, {})
attempt(dis.dis, 'x = (')


def keywords(a, b, /, c, *rest, d, **options):
    local = a + b
    return local


info = dis.code_info(keywords).splitlines()
print(info[0])
print(info[2:6])
start = info.index('Variable names:')
print(info[start:start + 8])

info = dis.code_info('n + 1').splitlines()
print(info[0], '|', info[1])
print(info[info.index('Names:'):])
