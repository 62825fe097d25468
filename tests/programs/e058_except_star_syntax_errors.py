# except* errors found at compile time, with CPython's messages and
# positions: mixing except and except*, a bare except*, break, continue and
# return in an except* clause, and the other malformed clause headers.

SOURCES = [
    ("except, then except*", "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"),
    ("except*, then except", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n"),
    ("except*, then bare except", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n"),
    ("except*, then except with as", "try:\n    pass\nexcept* A:\n    pass\nexcept ValueError as e:\n    pass\n"),
    ("except, then except * with as", "try:\n    pass\nexcept ValueError:\n    pass\nexcept *(A, B) as e:\n    pass\n"),
    ("bare except*", "try:\n    pass\nexcept*:\n    pass\n"),
    ("except* at the end of a line", "try:\n    pass\nexcept *\n    pass\n"),
    ("except, then bare except*", "try:\n    pass\nexcept ValueError:\n    pass\nexcept *:\n    pass\n"),
    ("missing colon", "try:\n    pass\nexcept* ValueError\n    pass\n"),
    ("missing colon after as", "try:\n    pass\nexcept* ValueError as e\n    pass\n"),
    ("unparenthesized types", "try:\n    pass\nexcept* A, B:\n    pass\n"),
    ("no indented block", "try:\n    pass\nexcept* A:\npass\n"),
    ("break", "for x in y:\n    try:\n        pass\n    except* A:\n        break\n"),
    ("continue", "while x:\n    try:\n        pass\n    except* A:\n        continue\n"),
    ("break with no loop", "try:\n    pass\nexcept* A:\n    break\n"),
    ("break after the clause", "try:\n    pass\nexcept* A:\n    pass\nbreak\n"),
    ("return", "def f():\n    try:\n        pass\n    except* A:\n        return\n"),
    ("return a name", "def f():\n    try:\n        pass\n    except* A:\n        return x\n"),
    ("return a constant", "def f():\n    try:\n        pass\n    except* A:\n        return 5\n"),
    ("return a negative constant", "def f():\n    try:\n        pass\n    except* A:\n        return -5\n"),
    ("return a sum of constants", "def f():\n    try:\n        pass\n    except* A:\n        return 1 + 2\n"),
    ("return a call", "def f():\n    try:\n        pass\n    except* A:\n        return f(x)\n"),
    ("return a tuple", "def f():\n    try:\n        pass\n    except* A:\n        return x, y\n"),
    ("return over two lines", "def f():\n    try:\n        pass\n    except* A:\n        return (\n            1)\n"),
    ("return through a finally", "def f():\n  try:\n    pass\n  except* A:\n    try:\n        pass\n    finally:\n        return\n"),
    ("return at module level", "try:\n    pass\nexcept* A:\n    return\n"),
    ("return in a class body", "class C:\n  try:\n    pass\n  except* A:\n    return\n"),
    ("a syntax error inside the clause", "try:\n    pass\nexcept* A:\n    x = (1 2)\n"),
    ("in the else block", "for x in y:\n    try:\n        pass\n    except* A:\n        pass\n    else:\n        break\n"),
    ("in the finally block", "for x in y:\n    try:\n        pass\n    except* A:\n        pass\n    finally:\n        continue\n"),
]

for label, source in SOURCES:
    try:
        compile(source, "<except*>", "exec")
    except SyntaxError as error:
        print("%-34s %s: %s" % (label, type(error).__name__, error.msg))
        print("    at", (error.lineno, error.offset, error.end_lineno, error.end_offset))
    else:
        print("%-34s compiles" % label)

print("--- what compiles")
ALLOWED = [
    "try:\n    pass\nexcept* A:\n    for x in y:\n        break\n",
    "try:\n    pass\nexcept* A:\n    while x:\n        continue\n",
    "try:\n    pass\nexcept* A:\n    def f():\n        return 1\n",
    "try:\n    pass\nexcept* A:\n    lambda: 1\n",
    "def f():\n    try:\n        return 1\n    except* A:\n        pass\n",
    "for x in y:\n    try:\n        break\n    except* A:\n        pass\n",
    "try:\n    pass\nexcept *A as e:\n    pass\nexcept* (B, C):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* A: pass\n",
]
for source in ALLOWED:
    compile(source, "<except*>", "exec")
    print("compiles:", repr(source))
