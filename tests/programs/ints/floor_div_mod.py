# Python's sign rules for // and %, divmod, and their identities.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, -1)]
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod={divmod(a, b)}")

big = 10 ** 25 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -7), (3, big), (-3, big)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)

print(-1 % 10, -11 % 10, 11 % -10, -(11 % 10))
print(divmod(-7.5, 2), divmod(7.5, -2), -7.5 // 2, -7.5 % 2, 7 % -0.5)
print(5 % float("inf"), -5 % float("inf"))
for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(-3, 3, 5), pow(3, -1, 7), pow(2, 100, 1000), pow(-2, 5, -7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
