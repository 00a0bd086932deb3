# getstate/setstate: exact round trips, the state's shape, and the errors.
import random

random.seed(123)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
print(state[1][:3])
a = [random.random() for _ in range(700)]
random.setstate(state)
b = [random.random() for _ in range(700)]
print(a == b, a[-1])

r = random.Random(5)
s = r.getstate()
r2 = random.Random()
r2.setstate(s)
print(r.random() == r2.random(), r.getrandbits(40) == r2.getrandbits(40))

# A version-2 state (signed ints) is converted.
old = (2, tuple(x - 2**32 if x >= 2**31 else x for x in s[1]), None)
r3 = random.Random()
r3.setstate(old)
r4 = random.Random()
r4.setstate(s)
print(r3.random() == r4.random())

bad = [5, (4, s[1], None), (3, (1, 2), None), (3, [0] * 625, None),
       (3, (0,) * 624 + (625,), None), (3, (0,) * 624 + (-1,), None),
       (3, (-1,) + (0,) * 624, None), (3, ("x",) + (0,) * 624, None), (3, s[1])]
for st in bad:
    try:
        random.setstate(st)
        print("accepted")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

r.setstate((3, (2**32 + 5,) + s[1][1:], 0.25))
print(r.getstate()[1][0], r.gauss_next, r.gauss() == 0.25)
zero = (3, (0,) * 624 + (624,), None)
r.setstate(zero)
print(r.random(), r.getrandbits(8))
