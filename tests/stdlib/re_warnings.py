# re's FutureWarnings for set syntax that a future Python may read
# differently, and conditional groups (?(1)yes|no).
import re

print(re.findall(r'[[a]', 'a[b'))
print(re.findall(r'[a-z--]', 'a-b'), re.findall(r'[ab~~]', 'a~b'), re.findall(r'[ab||]', 'a|'))
print(re.findall(r'[a&&b]', 'a&b'))
print(re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)').findall('<user@host.com> user@host.com <user@host.com'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"word"'), re.match(r'(?P<q>")?\w+(?(q)")', 'word'))
for bad in [r'(?(2)a|b)', r'(a)(?(1)a|b|c)', r'(?(x)a)', r'(?(1a)b)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e)
