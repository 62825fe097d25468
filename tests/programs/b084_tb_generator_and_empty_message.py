# uncaught exception raised inside a generator consumed by a for loop, with an empty message and a user exception class without __str__
class Empty(Exception):
    pass


def produce(n):
    for i in range(n):
        if i == 2:
            raise Empty()
        yield i


for value in produce(5):
    print('value', value)
