# Augmented assignment on names, attributes, subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1000; print(x)
x &= 0b1110; print(x)
x ^= 0b0101; print(x)
y = 7.0
y /= 2; print(y)

class Box:
    def __init__(self):
        self.v = 1
        self.items = [1, 2]

b = Box()
b.v += 41
b.items += [3]
print(b.v, b.items)

d = {"k": 1}
d["k"] += 1
d.setdefault("n", []).append(1)
d["n"] += [2]
print(d)

# list += is in-place, tuple += makes a new object
l = [1]
alias = l
l += [2]
print(alias, alias is l)
t = (1,)
talias = t
t += (2,)
print(talias, t, talias is t)

s = "ab"
s *= 3
print(s)

# evaluation count of the subscript target
count = 0
def idx():
    global count
    count += 1
    return 0
arr = [5]
arr[idx()] += 10
print(arr, "index evaluated", count, "time(s)")

try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)

st = {1, 2}
st |= {3}
st &= {1, 3, 4}
st -= {1}
print(st)
