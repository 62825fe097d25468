# Deeper than the 50 frames a step records: the oldest and the 49 newest.
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


print(down(60))
