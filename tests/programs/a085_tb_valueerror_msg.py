# raise ValueError('msg') uncaught inside a function after output: traceback shows the raise statement line
def check(age):
    if age < 0:
        raise ValueError('age must be non-negative, got %d' % age)
    return age


print(check(5))
print(check(-3))
