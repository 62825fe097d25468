def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


def main():
    data = [3, 5, 10]
    result = average(data)
    print('average', result)
    return result


main()
print('done')
