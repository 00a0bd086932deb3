# Chained comparisons evaluate each operand once and short-circuit.
calls = []

def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < v(5) < 10, calls)
calls.clear()
print(v(10) < v(5) < v(1), calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(4), calls)
calls.clear()
print(v(1) < v(2) > v(3) < v(4), calls)

x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 1 < x is not None)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 < 2.5 < 3, -1.5 < -1 < 0)
a = [1, 2]
b = a
print(a is b is not None, a is not [1, 2])

# mixing types in comparisons
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < 1)
except TypeError as e:
    print(type(e).__name__, e)

print(1 == 1.0, 1 == True, 0 == False, 2 != 2.0, "1" == 1)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9))
print(float("nan") == float("nan"), float("nan") != float("nan"))
