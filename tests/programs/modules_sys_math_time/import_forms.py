# Import statement forms with the standard modules sys, math, time.
import math as m, sys as system
from math import sqrt, pi as PI, floor
from time import perf_counter
import time

print(m.sqrt(81), sqrt(2) == m.sqrt(2), PI == m.pi, floor(-0.5))
print(system.maxsize > 0, callable(perf_counter), time.perf_counter is perf_counter)
def local_import():
    import math
    from math import gcd
    return gcd(12, 18), math.factorial(5)
print(local_import())
print("math" in system.modules, type(m).__name__, m.__name__, time.__name__)
try:
    import definitely_not_a_module_abc
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
values = [m.floor(x) for x in (1.5, -1.5)] + [m.ceil(x) for x in (1.5, -1.5)]
print(values)
