# A traceback passing through a function of an imported sibling module.
import _mod_shapes

print(_mod_shapes.area("square", 3))
print(_mod_shapes.area("circle", 1))
print(_mod_shapes.area("hexagon", 2))
