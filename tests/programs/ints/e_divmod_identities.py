# divmod identities checked over a grid of signs and magnitudes, ints and floats, plus // and % on bools.
vals = [0, 1, -1, 2, -2, 7, -7, 10 ** 20, -(10 ** 20), 2 ** 63, -(2 ** 63)]
divs = [1, -1, 3, -3, 7, -7, 2 ** 64, -(2 ** 64)]
bad = 0
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            bad += 1
        if q != a // b or r != a % b:
            bad += 1
print("int grid violations:", bad)
fvals = [0.0, -0.0, 1.5, -1.5, 7.25, -7.25, 1e10, -1e-10]
fdivs = [1.0, -1.0, 0.5, -0.5, 3.0, -3.0]
rows = []
for a in fvals:
    row = []
    for b in fdivs:
        q, r = divmod(a, b)
        row.append(f"{q:g},{r:g}")
    rows.append(" ".join(row))
for row in rows:
    print(row)
print([(-x) // 4 for x in range(9)], [(-x) % 4 for x in range(9)])
print([x // -4 for x in range(9)], [x % -4 for x in range(9)])
print(-1 // 10 ** 30, -1 % 10 ** 30 == 10 ** 30 - 1, (10 ** 30) // -1, 7 // True, True // True, False // True)
print(divmod(-7, 2)[1], (-7).__mod__(2), (-7).__rmod__(2), (7).__floordiv__(-2), (7).__rfloordiv__(-20))
print(-7 // 2.0, -7 % 2.0, 7 // -2.0, 7 % -2.0, -7.0 // 2, divmod(-7, 2.0))
print(1 // 0.1, 1 % 0.1, 0.3 // 0.1, 0.3 % 0.1, divmod(1.0, 0.1))
print((-3) // 2 * 2 + (-3) % 2, (2 ** 100 + 1) % 2, (-(2 ** 100) - 1) % 2, -(2 ** 100) // 3 * 3 + (-(2 ** 100)) % 3 == -(2 ** 100))
