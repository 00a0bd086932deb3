# Importing sibling module files: import, from-import, aliases, module attributes, caching.
import sys
import _mod_geometry
import _mod_geometry as geo
from _mod_geometry import Rectangle, circle_area as area_of_circle, UNIT
from _mod_counter import bump, get_count
import _mod_counter

print(_mod_geometry is geo, _mod_geometry.__name__, geo.UNIT, UNIT)
r = Rectangle(3, 4)
print(r, r.area(), r.perimeter(), geo.Rectangle is Rectangle)
print(round(area_of_circle(2), 6), round(geo.circle_area(1), 6))
print("loaded once:", _mod_geometry.LOAD_COUNT, "_mod_geometry" in sys.modules)
import _mod_geometry
print("still once after re-import:", _mod_geometry.LOAD_COUNT)
print(bump(), bump(), bump(5), get_count(), _mod_counter.count)
_mod_counter.count = 100
print(get_count(), bump())
print(sorted(n for n in dir(geo) if not n.startswith("_")))
print(geo.__doc__.strip().splitlines()[0])
try:
    from _mod_geometry import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _mod_missing_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
