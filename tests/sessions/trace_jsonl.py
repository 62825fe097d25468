def pair(key, value):
    if not key:
        raise KeyError(key)
    return (key, value)


try:
    pair("", "tab\there")
except KeyError:
    print(pair("a", '"quoted"\n'))
