# traceback for an uncaught NameError at module level: single <module> frame, source line, exit status 1
print('start')
value = 10
result = value + undefined_name
print('never printed')
