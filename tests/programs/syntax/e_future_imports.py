"""doc"""
from __future__ import division, print_function
from __future__ import generator_stop as gs
import __future__
print(division, gs, __future__.all_feature_names[:3])
print(division.getOptionalRelease(), division.getMandatoryRelease())
print(__future__.annotations.getMandatoryRelease(), len(__future__.all_feature_names))
print(sorted(n for n in dir(__future__) if n.startswith("CO_FUTURE"))[:4])
print(type(x / 2 for x in [3]).__name__)
print([x / 2 for x in [3, 4]], 7 // 2, 7 / 2)
def gen():
    yield 1
    raise StopIteration
try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError", e)
print(__doc__, __future__.generator_stop is gs)
