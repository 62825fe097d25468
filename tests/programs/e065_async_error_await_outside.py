# Compile-time error: await in a function that is not async.
def fetch():
    return await source()

print("this line never runs")
