# traceback of an uncaught exception raised inside a list comprehension within a function: frames <module>, f, <listcomp>
def inverses(nums):
    return [1 / n for n in nums]


print(inverses([1, 2]))
print(inverses([1, 0]))
