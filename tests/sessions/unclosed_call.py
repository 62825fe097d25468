print('never runs')
print(max(1, 2)
print('nor this')
