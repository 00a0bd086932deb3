# Ray tracer: spheres and a plane, diffuse and specular lighting, shadows and
# reflections on a small image (Vector objects with operator dunders, float math,
# many short-lived objects); prints a checksum of the quantised pixels.
import sys
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))

    def mulv(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).norm()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, reflect):
        self.point = point
        self.n = normal.norm()
        self.reflect = reflect

    def intersect(self, ray):
        denom = ray.direction.dot(self.n)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n

    def colour_at(self, p):
        check = (int(math.floor(p.x)) + int(math.floor(p.z))) & 1
        return Vec(0.9, 0.9, 0.9) if check else Vec(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.3), 0.2),
            Sphere(Vec(2.0, 1.5, 7.0), 1.5, Vec(0.3, 0.4, 0.95), 0.5),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.15),
        ]
        self.lights = [(Vec(-5.0, 8.0, -2.0), 0.8), (Vec(6.0, 5.0, 1.0), 0.4)]

    def hit(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.hit(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.75, 1.0) * k + Vec(1.0, 1.0, 1.0) * (0.3 * (1.0 - k))
        p = ray.origin + ray.direction * t
        n = obj.normal(p)
        base = obj.colour_at(p)
        colour = base * 0.1
        for light_pos, intensity in self.lights:
            to_light = light_pos - p
            dist = math.sqrt(to_light.dot(to_light))
            l = to_light * (1.0 / dist)
            shadow_obj, shadow_t = self.hit(Ray(p, l))
            if shadow_obj is not None and shadow_t < dist:
                continue
            diffuse = max(0.0, n.dot(l)) * intensity
            colour = colour + base * diffuse
            h = (l - ray.direction).norm()
            spec = max(0.0, n.dot(h)) ** 40 * intensity
            colour = colour + Vec(spec, spec, spec)
        if depth > 0 and obj.reflect > 0:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            colour = colour * (1.0 - obj.reflect) + self.trace(Ray(p, r), depth - 1) * obj.reflect
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    checksum = 0
    histogram = [0] * 8
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / height
            y = (height / 2 - j) / height
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 3)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            checksum = (checksum * 33 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) // 96] += 1
    return checksum, histogram


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 140
    checksum, histogram = render(size, size * 3 // 4)
    print("raytrace", size, "checksum", checksum, "histogram", histogram)


main()
