# Starred unpacking in assignments, calls and displays.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(5)
print(a, b)
a, *mid, z = "hello"
print(a, mid, z)
a, *rest = [1]
print(a, rest)
(x, y), *others = [(1, 2), (3, 4), (5, 6)]
print(x, y, others)
first, (second, *inner), last = 1, (2, 3, 4), 5
print(first, second, inner, last)

# in for loops
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print("head", head, "tail", tail)

# in displays
l1 = [1, 2]
t1 = (3, 4)
print([*l1, *t1, *range(5, 7)])
print((*l1, 0, *t1))
print({*l1, *t1})
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2, "d": 5})

# in calls
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*l1, *t1, 9, **d1, **{"z": 26}))
print(f(*"ab", sep="-"))

# errors
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)

# swap and rotate
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
