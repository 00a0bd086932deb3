# A traceback passing through a function of an imported sibling module.
import _mod_shapes
from _mod_shapes import PI as pi_value

print("module", _mod_shapes.__name__, "PI", pi_value)

print(_mod_shapes.area("square", 3))
print(_mod_shapes.area("circle", 1))
print(sorted(_mod_shapes.known()))
try:
    _mod_shapes.area("triangle", 1)
except ValueError as e:
    print("caught:", e)
print(_mod_shapes.area("square", 2) + _mod_shapes.area("circle", 2))
print(_mod_shapes.area("hexagon", 2))
