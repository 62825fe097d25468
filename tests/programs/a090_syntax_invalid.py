# a file that fails to compile with a plain "invalid syntax" error (caret under the offending token) on line 4
x = 1
print('never runs')
y = x +* 2
