# traceback of an exception raised inside a for loop body after some iterations printed output (stdout kept)
data = [4, 2, 1, 0, 5]
for d in data:
    print(100 // d)
print('never printed')
