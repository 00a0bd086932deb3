# copy and deepcopy of deques (through deque.__reduce__), with maxlen and in a subclass with attributes.
import copy
from collections import deque
d = deque([1, [2, 3], "x"], maxlen=5)
e = copy.deepcopy(d)
e[1].append(4)
print(d, e, e.maxlen)
print(copy.deepcopy(deque([[1], [2]])), d.__reduce__()[:3])
class D(deque):
    pass
x = D([1, 2]); x.tag = "t"
y = copy.deepcopy(x)
print(type(y).__name__, list(y), y.tag)
