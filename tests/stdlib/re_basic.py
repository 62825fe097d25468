# re: matching, groups and their names, search/findall/finditer/sub/subn/
# split/escape, flags (inline, scoped, global), lookarounds, atomic groups
# and possessive repeats, bytes patterns, Match and Pattern attributes and
# reprs, and re.error with CPython's messages, positions, lines and columns.
import re
print(re.match(r'(\w+) (\w+)', 'hello world foo'))
m = re.match(r'(?P<first>\w+) (?P<second>\w+)', 'hello world')
print(m.group(0), m.group(1), m.group('second'), m.groups(), m.groupdict(), m.span(2), m.start(), m.end(1))
print(m[0], m['first'], m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(re.search(r'\d+', 'abc 123 def 45').group(), re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home ann@work'), re.subn('a', 'b', 'aaa', count=2))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\b', 'a b'))
print(re.sub('x*', '-', 'abxd'), re.findall(r'\b|a', 'a'), list(re.finditer(r'a|', 'ab')))
print(re.fullmatch(r'a+b', 'aaab'), re.fullmatch(r'a+', 'aab'))
print(re.compile(r'[a-z]+', re.I).findall('Hello World'), re.compile('x', re.I | re.M))
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('-'), re.match('(a|b)*c', 'ababc').group(1))
print(re.match(r'(?i)abc', 'ABC'), re.match(r'a.c', 'a\nc'), re.match(r'a.c', 'a\nc', re.S))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo\n'))
print(re.match(r'(\d+)-(\1)', '12-12'), re.match(r'(?P<x>a)(?P=x)', 'aa'))
print(re.search(r'(?<=-)\w+', 'spam-egg').group(), re.search(r'(?<!-)\b\w+', '-spam egg').group(), re.findall(r'\w+(?=!)', 'hi! yo no!'))
print(re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group(), re.match(r'a*?b', 'aab').group(), re.match('(a*)*b', 'aab').groups())
print(re.escape('a.b*c'), re.sub(r'(\d)', lambda m: str(int(m.group(1)) * 2), 'a1b2'), re.match('x', 'y'))
print(re.findall(r'\s+', 'a \t\nb'), re.findall(r'\S+', 'a bc'), re.findall(r'[^\d\s]+', 'ab 12 cd'), re.findall(r'[\w.-]+@[\w.-]+', 'x a.b@c.d y'))
print(re.match(rb'\d+', b'123abc'), re.findall(rb'[a-z]', b'a1b'), re.sub(b'a', b'b', b'aa'))
print(re.match(r'(?x) a  b # comment', 'ab'), re.match('é+', 'ééx'), re.findall(r'\w+', 'naïve café'))
print(re.match(r'(?:ab)+', 'ababx').group(), re.match(r'(?>a+)b', 'aaab'), re.match(r'a++b', 'aab'), re.match('a++a', 'aaa'))
m = re.search(r'(\w+) (\w+)', 'x hello world')
print(m.expand(r'\2-\1 \g<1> \g<0>'), repr(m), m.regs)
for p in ['(', 'a)', '[a', 'a{2,1}', '*a', '(?P<1>a)', '(?P=x)', '\\9', '(?<=a+)b', 'a**', '(?z)', '\\', '[b-a]', '(?P<n>a)(?P<n>b)', '\\q', 'a\n(']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos, e.msg, e.lineno, e.colno)
for f in [lambda: re.sub('a', r'\3', 'a'), lambda: re.sub('(a)', r'\g<x>', 'a'), lambda: re.match('a', 5), lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'), lambda: m.group(5), lambda: m.group('z')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(re.I, re.I | re.M, repr(re.A), re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'), type(re.compile('a')).__name__, type(m).__name__)
print(re.match(r'^(\d{3})-(\d{4})$', '555-1234').groups(), re.findall(r'(?m)^#.*$', '#a\nb\n#c'))
print(re.compile(r'\d').sub('#', 'a1b2'), re.compile(r',').split('a,b,,c', maxsplit=2), re.compile('(a)').subn(r'[\1]', 'aa'))
print(re.match(r'(a)|(b)', 'b').span(1), re.match(r'(a)|(b)', 'b').start(1), re.findall('', 'ab'), re.sub('', '-', 'ab'))
