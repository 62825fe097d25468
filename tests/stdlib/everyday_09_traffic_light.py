# An enum: a traffic light state machine, flags for permissions.
import enum


class Light(enum.Enum):
    RED = "stop"
    YELLOW = "slow"
    GREEN = "go"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Permission(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXECUTE = enum.auto()


class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


light = Light.RED
for _ in range(4):
    print(light, light.name, light.value, repr(light))
    light = light.next()
print(Light("go"), Light["YELLOW"], Light.RED in Light, len(Light))
try:
    Light("fly")
except ValueError as error:
    print("ValueError:", error)
rw = Permission.READ | Permission.WRITE
print(rw, Permission.WRITE in rw, Permission.EXECUTE in rw, repr(rw))
print(list(Permission), Permission(3), ~Permission.READ)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print({member.name: member.value for member in Priority})


@enum.unique
class Color(enum.Enum):
    RED = 1
    GREEN = 2


try:
    @enum.unique
    class Bad(enum.Enum):
        A = 1
        B = 1
except ValueError as error:
    print("ValueError:", error)
print(Color.RED is Color(1), Color.__members__.keys())
