# Indentation with tabs and spaces, blank lines, comments, continuations.
if True:
	x = 1
	if x:
		y = 2
	else:
	    z = 3
if True:
        a = 1   
        # comment at another indent
    # and another

        b = 2
def f():
    return (1 +
2)
x = [
1,
    2,
        3]
y = {'a':
     1}
z = 1 + \
  2 + \
3
if x: \
    pass
s = """
	keeps its tabs
"""
w = (1,  # comment inside brackets
     2)  # and after
class E:

    pass


# trailing comment
