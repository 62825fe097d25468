# textwrap: wrap/fill with every TextWrapper option, shorten, dedent, indent.
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. A well-known, "
        "state-of-the-art sentence -- with em--dashes and co-operation. "
        "Supercalifragilisticexpialidocious words get broken. Done.")
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=36, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 15, drop_whitespace=False))
print(textwrap.wrap("One.  Two! three? 'four.' \"Five!\" six", 20, fix_sentence_endings=True))
print(textwrap.wrap("Mr. Smith went to Washington. He liked it.", 60, fix_sentence_endings=True))
print(textwrap.wrap("tabs\there\tand\nnew lines", 40))
print(textwrap.wrap("tabs\there", 40, tabsize=4), textwrap.wrap("tabs\there", 40, expand_tabs=False))
print(textwrap.wrap("keep\nnew\tlines", 40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.fill(text, 25, max_lines=1))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("word", 2))
print(textwrap.wrap("a-b-c-d e--f ---g h- -i x-y-z abc-def-ghi 123-456 ab-12", 6))

wrapper = TextWrapper(width=20, initial_indent="> ", subsequent_indent=">> ")
print(wrapper.wrap(text)[:3])
wrapper.width = 50
print(wrapper.fill("Changing attributes after construction works."))
print(wrapper.width, wrapper.break_long_words, wrapper.placeholder, wrapper.max_lines)
for bad in (0, -3):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [...]")
except ValueError as e:
    print("ValueError:", e)

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world", width=10, placeholder="...")))
print(repr(textwrap.shorten(text, 50)), repr(textwrap.shorten("  lots   of \n space  ", 100)))

code = """
    def f(x):
        if x:
            return 1
    \t
        return 0
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.dedent("    x\n   \n  y")), repr(textwrap.dedent("none\n  x")))
print(repr(textwrap.dedent("  a\r\n  b\n")), repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\n\nb\n  \nc\n", "> ")))
print(repr(textwrap.indent("a\nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("one\r\ntwo\rthree", "- ")))
print(textwrap.indent(textwrap.fill(text, 40), "    "))
