# Built-in functions and methods of built-in types, as cProfile names them.
import math

words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1
letters = []
for word in sorted(counts):
    letters.append(word.upper()[0])
print("".join(letters), max(counts.values()), len(words), math.floor(2.5))
