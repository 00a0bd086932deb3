"""Geometry helpers used by import_sibling.py.

Not a standalone program (its name starts with an underscore)."""
import math

LOAD_COUNT = 0
LOAD_COUNT += 1
UNIT = "cm"


class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"Rectangle({self.w}{UNIT} x {self.h}{UNIT})"


def circle_area(r):
    return math.pi * r * r


def _private_helper():
    return "hidden from the dir() listing filter"
