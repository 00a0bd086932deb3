# Floor division and modulo with every sign combination, ints and floats.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (3, big), (-3, big), (3, -big)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % float("inf"), -5 % float("inf"), 5 % float("-inf"), -5 % float("-inf"))
print(5 // float("inf"), -5 // float("inf"), 5.0 // float("-inf"))
print(float("inf") % 3 != float("inf") % 3, float("nan") // 2 != 0)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), -0.0 % 5, 0.0 % -5)
print(1e300 % 7, -1e300 % 7, 2 ** 70 % 2.5, (-2) ** 71 // 3.0)
print(True // 2, True % 2, -True // 2, False % 3)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (big, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" // 2
except TypeError as e:
    print(type(e).__name__, e)
