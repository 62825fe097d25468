# json: dumps/loads round trips and every formatting option.
import json

data = {"name": "pyvm", "version": [0, 1], "ok": True, "none": None,
        "pi": 3.14159, "big": 10**20, "tiny": 1e-7, "neg": -0.0, "e": 1e16}
text = json.dumps(data)
print(text)
print(json.loads(text) == data)
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps([1, [2, [3, {}]], []], indent=2))
print(json.dumps({"a": [1, 2]}, indent="--"))
print(json.dumps({"a": [1, 2]}, indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, indent=2, separators=(", ", " = ")))
print(json.dumps("héllo \u2603 \U0001F600 \x00\x1f\x7f \"q\" \\ \n\t\b\f\r"))
print(json.dumps("héllo \u2603 \U0001F600 \x00\x7f", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps((1, 2, (3,))))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps([0.1, 0.2 + 0.1, 1.0, 1e300, 123456789.123, 5e-324]))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps("plain"), json.dumps(None), json.dumps(42), json.dumps(True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.dumps({"p": [Point(3, 4)]}, default=vars, indent=1))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(5, 6), {3, 1, 2}], cls=PointEncoder))
print(PointEncoder(indent=2).encode({"pt": Point(0, 0)}))
print(list(json.JSONEncoder().iterencode([1, 2])) != [])
print("".join(json.JSONEncoder(sort_keys=True).iterencode({"b": [1], "a": None})))


class IntSub(int):
    def __repr__(self):
        return "IntSub!"


print(json.dumps([IntSub(3), 2.5]))

for bad in [object(), {1, 2}, b"bytes", 1j]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({float("inf"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
shared = [1]
print(json.dumps([shared, shared]))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Sink()
json.dump({"x": [1, 2, {"y": None}]}, sink)
print("".join(sink.parts))
sink = Sink()
json.dump([1, "two"], sink, indent=2)
print("".join(sink.parts))


class Source:
    def read(self):
        return '{"from": "file", "n": [1, 2.5]}'


print(json.load(Source()))
