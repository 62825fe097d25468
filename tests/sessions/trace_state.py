def grow(items):
    items.append(len(items))
    return items


box = [0]
same = grow(box)
print(same is box)
