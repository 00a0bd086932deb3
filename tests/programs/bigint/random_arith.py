# Differential test of big-int + - * // % divmod and comparisons on random operands around
# the limb and small-int boundaries (2**31..2**33, 2**62..2**65, ...) with both signs.
from _rnd import operand, digest

checks = 0
for i in range(260):
    a, b = operand(), operand()
    row = [digest(a + b), digest(a - b), digest(a * b), digest(b - a)]
    row.append("%d%d%d%d" % (a < b, a == b, a > b, a <= -b))
    if b != 0:
        q, r = divmod(a, b)
        row += [digest(q), digest(r)]
        assert q == a // b and r == a % b, (a, b)
        assert q * b + r == a and (0 <= r < b or b < r <= 0), (a, b)
        checks += 1
    else:
        for f in (lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
            try:
                f()
            except ZeroDivisionError as e:
                row.append(type(e).__name__ + " " + str(e))
    print(i, " ".join(row))
print("division identities checked:", checks)

# Mixed small/big operands, bool operands and results that fall back to small ints.
big = 2**64 + 5
for x in (True, False, 1, -1, 7, -7, 2**62, -2**62, 2**63, -2**63):
    print(x, big + x, big - x, x - big, big * x, big // 7 * x, digest(big * x * big))
    if x:
        print(divmod(big, x), divmod(-big, x), divmod(x, big), divmod(x, -big))
print((2**64 + 1) - (2**64), (2**64) - (2**64 + 1), -(2**63) + 2**62, 2**63 - 2**62 - 1)
print((2**62) * -2 // -2, -(2**62) * 2, (-2**63) // -1, (-2**63) % -1, (2**62) // 1)
