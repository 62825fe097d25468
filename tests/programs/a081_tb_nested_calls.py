# traceback through several nested function calls: one frame per call with its source line, innermost last
def parse(text):
    return int(text)


def load(items):
    total = 0
    for item in items:
        total += parse(item)
    return total


def main():
    print('loading')
    return load(['1', '2', 'three'])


main()
