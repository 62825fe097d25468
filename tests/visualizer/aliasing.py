first = [1, 2]
second = first
second.append(3)
pair = (first, {"key": second})
print(first, pair)
