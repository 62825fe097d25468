# A word count: the most common words of a text, with collections.Counter.
import collections
import re

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = collections.Counter(words)
print("words:", len(words), "distinct:", len(counts))
for word, count in counts.most_common(6):
    print(f"{word:>8} {count:3d} {'#' * count}")

letters = collections.Counter(ch for ch in TEXT.lower() if ch.isalpha())
print(letters.most_common(3))
print(sorted(counts.elements())[:5])
by_length = collections.defaultdict(list)
for word in sorted(counts):
    by_length[len(word)].append(word)
for length in sorted(by_length):
    print(length, by_length[length])
print(counts["was"], counts["missing"], "missing" in counts)
total = counts + collections.Counter(["extra", "was"])
print(total["was"], total["extra"], (total - counts))
