# A json round trip: a settings file written, read back and edited.
import io
import json

settings = {
    "name": "pyvm",
    "version": [0, 9, 1],
    "features": {"tracer": True, "debugger": True, "jit": False},
    "ratio": 0.838,
    "owner": None,
    "greeting": "h\u00e9llo \u2603",
}
text = json.dumps(settings, indent=2, sort_keys=True)
print(text)
print(json.dumps(settings, ensure_ascii=False, separators=(",", ":")))
loaded = json.loads(text)
print(loaded == settings, loaded["features"])
buffer = io.StringIO()
json.dump([1, 2.5, "x", None, True], buffer)
print(buffer.getvalue())
print(json.load(io.StringIO(buffer.getvalue())))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({"p": Point(1, 2)}, default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Point(**d)).y)
for bad in ('{"a": 1,}', '[1, 2', '{"a" 1}', 'nul'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as error:
        print("JSONDecodeError:", error, error.lineno, error.colno)
try:
    json.dumps({1, 2})
except TypeError as error:
    print("TypeError:", error)
