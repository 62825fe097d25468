# Source nested too deeply to compile raises RecursionError (or the
# tokenizer's SyntaxError) instead of exhausting the native stack.
def attempt(description, action):
    try:
        action()
        print(description, "compiled")
    except RecursionError as e:
        print(description, "RecursionError:", e)
    except SyntaxError as e:
        print(description, "SyntaxError:", e.msg)
    except MemoryError:
        print(description, "MemoryError")


long_sum = "+".join(["1"] * 100000)
attempt("eval of a long sum", lambda: eval(long_sum))
attempt("exec of a long sum", lambda: exec("x = " + long_sum))
attempt("compile of a long sum", lambda: compile(long_sum, "<sum>", "eval"))
attempt("long string sum", lambda: eval("+".join(['"a"'] * 50000)))
attempt("long subscript chain", lambda: eval("[1]" + "[0]" * 50000))
attempt("long attribute chain", lambda: eval("print" + ".a" * 50000))
attempt("long call chain", lambda: eval("print" + "()" * 50000))
attempt("long elif chain", lambda: exec("x = 1\nif x == 0: pass\n" + "elif x == 0: pass\n" * 5000))
attempt("deep parentheses", lambda: eval("(" * 100000 + "1" + ")" * 100000))
attempt("deep calls", lambda: eval("abs(" * 100000 + "1" + ")" * 100000))
attempt("deep lists", lambda: eval("[" * 100000 + "]" * 100000))
attempt("deep dicts", lambda: eval("{1:" * 100000 + "1" + "}" * 100000))

# Shallower programs still compile.
print(eval("+".join(["1"] * 1000)))
loop = [5]
loop.append(loop)
print(eval("loop" + "[1]" * 1000 + "[0]"))
print(eval("(" * 150 + "7" + ")" * 150))
exec("y = 0\nif y == 1: pass\n" + "elif y == 1: pass\n" * 1000 + "else: print('else of 1000 elifs')")
