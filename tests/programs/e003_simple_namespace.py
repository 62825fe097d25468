# sys.implementation and its type, types.SimpleNamespace (pyvm has no types
# module: type(sys.implementation) is the class). The implementation's name
# and version are pyvm's own, so only their shape is printed.
import sys

impl = sys.implementation
print(sorted(name for name in vars(impl) if not name.startswith("_")))
print(type(impl.name).__name__, type(impl.cache_tag).__name__, type(impl.hexversion).__name__)
print(type(impl.version) is type(sys.version_info), len(impl.version))
print(sys.executable.startswith("/"), type(sys.flags).__name__, sys.flags.optimize)

SimpleNamespace = type(impl)
print(SimpleNamespace, SimpleNamespace.__name__, SimpleNamespace.__module__)
point = SimpleNamespace(y=2, x=1)
print(point, point.x, point.y, vars(point))
point.z = [point]
print(point)
print(point == SimpleNamespace(y=2, x=1, z=point.z), point != SimpleNamespace(), point == 5)
del point.z
print(point, hasattr(point, "z"))
point.__dict__["w"] = 0
print(point.w, repr(point))


class Config(SimpleNamespace):
    def describe(self):
        return ", ".join(sorted(vars(self)))


config = Config(debug=True, level=3)
print(config, config.describe(), config == SimpleNamespace(debug=True, level=3))
for bad in (lambda: SimpleNamespace(1), lambda: hash(point)):
    try:
        bad()
    except TypeError as error:
        print(type(error).__name__, "no positional" in str(error) or "unhashable" in str(error))
print(SimpleNamespace(), SimpleNamespace(**{"not an identifier": 1}))
