# textwrap: formatting a report to a fixed width.
import textwrap

ABSTRACT = ("A virtual machine executes instructions one at a time: it fetches the "
            "next instruction, decodes it, and carries it out on an operand stack, "
            "while frames remember where each function call will return to.")

print(textwrap.fill(ABSTRACT, width=40))
print()
for line in textwrap.wrap(ABSTRACT, width=30, initial_indent="* ", subsequent_indent="  "):
    print(line)
print()
print(textwrap.shorten(ABSTRACT, width=50, placeholder=" [...]"))
code = """
    def greet(name):
        return "hello " + name
"""
print(textwrap.dedent(code))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
wrapper = textwrap.TextWrapper(width=25, break_long_words=True, max_lines=3)
print(wrapper.wrap("supercalifragilisticexpialidocious is a very long word indeed, yes it is"))
