# a file that fails to compile: unclosed parenthesis; nothing runs, SyntaxError layout on stderr, exit status 1
print('this line never runs')
total = (1 + 2
print(total)
