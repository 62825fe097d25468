# heapq and bisect: a job scheduler and a grade table.
import bisect
import heapq

jobs = []
for priority, name in [(3, "email"), (1, "backup"), (4, "report"), (1, "alert"), (2, "deploy")]:
    heapq.heappush(jobs, (priority, name))
print(jobs[0], len(jobs))
while jobs:
    print(heapq.heappop(jobs))
data = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
heap = list(data)
heapq.heapify(heap)
print(heap, heapq.heappushpop(heap, 0), heapq.heapreplace(heap, 10), heap)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"
for score in (33, 60, 77, 89, 90, 100):
    print(score, grades[bisect.bisect(breakpoints, score)])
ordered = []
for value in (5, 1, 4, 1, 9):
    bisect.insort(ordered, value)
print(ordered, bisect.bisect_left(ordered, 1), bisect.bisect_right(ordered, 1))
print(bisect.bisect_left([("a", 1), ("c", 3)], "b", key=lambda t: t[0]))
