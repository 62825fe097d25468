# Sorting by tuple keys whose first item is an int (list_sort's kIntHeadedTuple
# path): ties go on to the next items, bools and other types take the general
# path, and a user __lt__ deeper in the tuple still decides.
import random
random.seed(5)
data = [(random.randrange(50), random.random(), str(i)) for i in range(2000)]
a = sorted(data)
print(a[:3], a[-2:])
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (2,), (1,)]))
print(sorted([(3, 1), (2, 2), (2, 1), (-5, 0)], reverse=True))
print(sorted([(True, 1), (0, 2)]))
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v > o.v
    def __repr__(s): return f"K{s.v}"
print(sorted([(1, K(1)), (1, K(3)), (0, K(2))]))
print(sorted(range(10), key=lambda i: (i % 3, -i)))
