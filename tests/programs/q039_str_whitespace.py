# Which characters split() and strip() take for whitespace: the ASCII ones
# tested inline, the rest through the Unicode tables, as CPython.
import sys
for c in range(0x3000 + 1):
    ch = chr(c)
    if ch.isspace() or ("a" + ch + "b").split() != ["a" + ch + "b"]:
        print(c, ch.isspace(), ("a" + ch + "b").split(), repr((ch + "x" + ch).strip()))
print("a b\tc\x1cd\x1fe\x0bf".split(), " \x1c x \x85".split(), "a  b".split(None, 1))
