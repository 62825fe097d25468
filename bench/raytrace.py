# Hot path: vector classes with operator methods, many short-lived objects, float math: a ray tracer with spheres, a checkered plane, shadows and reflections.
import math
import sys

EPSILON = 1e-6


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflected(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def scaled(self, factor):
        return Color(self.r * factor, self.g * factor, self.b * factor)

    def tinted(self, other):
        return Color(self.r * other.r, self.g * other.g, self.b * other.b)

    def to_bytes(self):
        return tuple(max(0, min(255, int(channel * 255.0))) for channel in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, distance):
        return self.origin + self.direction * distance


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflection):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class Checkerboard(Material):
    def __init__(self, color, other_color, size, **kwargs):
        super().__init__(color, **kwargs)
        self.other_color = other_color
        self.size = size

    def color_at(self, point):
        cell = int(math.floor(point.x / self.size) + math.floor(point.z / self.size))
        return self.color if cell % 2 == 0 else self.other_color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """The distance along the ray to the nearest hit in front of its origin, or None."""
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0.0:
            return None
        root = math.sqrt(discriminant)
        for distance in (-b - root, -b + root):
            if distance > EPSILON:
                return distance
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < EPSILON:
            return None
        distance = (self.point - ray.origin).dot(self.normal) / facing
        return distance if distance > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Camera:
    def __init__(self, eye, target, up, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)

    def ray_through(self, column, row):
        aspect = self.width / self.height
        x = (2.0 * (column + 0.5) / self.width - 1.0) * aspect
        y = 1.0 - 2.0 * (row + 0.5) / self.height
        direction = self.forward + self.right * (x * 0.6) + self.up * (y * 0.6)
        return Ray(self.eye, direction.normalized())


class Scene:
    def __init__(self, objects, lights, ambient, max_depth):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient
        self.max_depth = max_depth

    def nearest_hit(self, ray):
        nearest = None
        nearest_distance = float("inf")
        for thing in self.objects:
            distance = thing.intersect(ray)
            if distance is not None and distance < nearest_distance:
                nearest = thing
                nearest_distance = distance
        return nearest, nearest_distance

    def in_shadow(self, point, to_light, light_distance):
        ray = Ray(point, to_light)
        for thing in self.objects:
            distance = thing.intersect(ray)
            if distance is not None and distance < light_distance:
                return True
        return False

    def trace(self, ray, depth=0):
        thing, distance = self.nearest_hit(ray)
        if thing is None:
            return BLACK
        point = ray.point_at(distance)
        normal = thing.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        return self.shade(thing.material, point, normal, ray.direction, depth)

    def shade(self, material, point, normal, incoming, depth):
        base = material.color_at(point)
        color = base.scaled(self.ambient)
        lifted = point + normal * 1e-4
        for light in self.lights:
            offset = light.position - point
            light_distance = offset.length()
            to_light = offset * (1.0 / light_distance)
            if self.in_shadow(lifted, to_light, light_distance):
                continue
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.tinted(light.color).scaled(lambert * material.diffuse)
            highlight = to_light.reflected(normal).dot(incoming)
            if highlight > 0.0:
                power = 1.0
                for _ in range(material.shininess):
                    power *= highlight
                color = color + light.color.scaled(power * material.specular)
        if material.reflection > 0.0 and depth < self.max_depth:
            bounce = Ray(lifted, incoming.reflected(normal))
            color = color + self.trace(bounce, depth + 1).scaled(material.reflection)
        return color


def build_scene():
    shiny_red = Material(Color(0.9, 0.2, 0.2), 0.7, 0.5, 20, 0.3)
    matte_green = Material(Color(0.2, 0.8, 0.3), 0.9, 0.1, 4, 0.0)
    mirror = Material(Color(0.9, 0.9, 0.95), 0.2, 0.9, 40, 0.7)
    floor = Checkerboard(Color(0.95, 0.95, 0.95), Color(0.1, 0.1, 0.15), 1.0,
                         diffuse=0.8, specular=0.2, shininess=8, reflection=0.2)
    objects = [
        Sphere(Vector(0.0, 1.0, 5.0), 1.0, shiny_red),
        Sphere(Vector(-2.2, 0.7, 6.5), 0.7, matte_green),
        Sphere(Vector(2.0, 1.3, 7.0), 1.3, mirror),
        Sphere(Vector(0.8, 0.35, 3.3), 0.35, matte_green),
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor),
    ]
    lights = [
        Light(Vector(-4.0, 6.0, 1.0), Color(0.8, 0.8, 0.8)),
        Light(Vector(5.0, 4.0, 2.0), Color(0.4, 0.35, 0.3)),
    ]
    return Scene(objects, lights, 0.12, 3)


def render(scene, camera):
    checksum = 0
    brightest = 0
    for row in range(camera.height):
        for column in range(camera.width):
            r, g, b = scene.trace(camera.ray_through(column, row)).to_bytes()
            checksum = (checksum * 7 + r * 65536 + g * 256 + b) % 1000000007
            brightest = max(brightest, r + g + b)
    return checksum, brightest


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = 240
    scene = build_scene()
    camera = Camera(Vector(0.0, 1.8, -1.0), Vector(0.0, 0.8, 5.0), Vector(0.0, 1.0, 0.0),
                    size * 4 // 3, size)
    for frame in range(scale):
        checksum, brightest = render(scene, camera)
    print("image %dx%d checksum: %d" % (camera.width, camera.height, checksum))
    print("brightest pixel sum:", brightest)


main()
