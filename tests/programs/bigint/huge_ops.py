# Big ints of thousands of limbs: products and quotients on both sides of the sizes where
# the VM switches algorithms, checked by identities and digests; and a pi spigot.
from _rnd import bits, digest

for abits, bbits in ((3000, 40), (3000, 1300), (3000, 2040), (2100, 2100), (9000, 2100),
                     (9000, 4500), (20000, 64), (20000, 33), (20000, 19990), (1280, 1300)):
    a, b = bits(abits) | 1 << (abits - 1), bits(bbits) | 1 << (bbits - 1)
    for sa, sb in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        x, y = sa * a, sb * b
        p = x * y
        q, r = divmod(x, y)
        ok = q * y + r == x and (0 <= r < y or y < r <= 0) and p // y == x and p % x == 0
        print(abits, bbits, sa, sb, digest(p), digest(q), digest(r), ok)
        print("  ", digest(x - p), digest(p + x * x), x * y == y * x, (p - 1) // y == x - 1)

# Carries and borrows that run through every limb.
for n in (2, 3, 10, 100):
    m = 2**(32 * n) - 1
    print(n, digest(m + 1), digest(m * m), digest((m + 1) - 1), digest(-(m + 1) // m), digest(m % (m + 1)))
    print(n, digest(m * m // m), digest((m * m) % (m - 1)), divmod(m, -m), divmod(-m - 1, m))


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


print("".join(map(str, pi_digits(300))))
print(str(7**5000)[:50], len(str(-(7**5000))), int("9" * 4000) + 1 == 10**4000)
