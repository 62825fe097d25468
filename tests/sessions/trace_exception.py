def parse(text):
    try:
        return int(text)
    finally:
        print("parsed", text)


def safe(text):
    try:
        return parse(text)
    except ValueError:
        return -1


print(safe("x"))
