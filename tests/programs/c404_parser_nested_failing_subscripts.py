# A nest of subscripts that fails to parse at its end. At each level the
# parser checks the tokens after the expression for a more specific error
# ("Perhaps you forgot a comma?", print without parentheses); the nest made
# those checks read the rest again and again (exponential time).
for depth in (16, 60, 150):
    for ending in ("^", "]" * depth, "] print"):
        source = "Z[" * depth + ending
        try:
            compile(source, "<nested>", "exec")
            print(depth, repr(ending[:3]), "compiled")
        except SyntaxError as error:
            print(depth, repr(ending[:3]), error.msg, error.lineno, error.offset)

source = "print [" + "x[" * 100 + "1" + "]" * 100
try:
    compile(source, "<legacy>", "exec")
except SyntaxError as error:
    print(error.msg, error.offset)
