# Differential test of big-int & | ^ ~ << >> and negation on random operands (two's
# complement semantics for negatives), shifts by large counts, and int <-> str round trips.
from _rnd import operand, digest, bits, choice

for i in range(150):
    a, b = operand(), operand()
    n = choice((0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 1000))
    row = [digest(a & b), digest(a | b), digest(a ^ b), digest(~a), digest(-a)]
    row += [digest(a << n), digest(a >> n), digest(b >> (n + 64)), digest(abs(b))]
    print(i, " ".join(row))

for x in (2**64, -2**64, 2**64 - 1, -(2**64) + 1, 3**200, -(3**200)):
    print(digest(x >> 10**6), digest(x >> 2**70), digest(x << 0), x >> 64, (x << 70) >> 70 == x)
for e in (lambda: 1 << -1, lambda: (2**70) >> -(2**70), lambda: 0 << 2**70, lambda: (-1) >> 2**80):
    try:
        print(e())
    except ValueError as err:
        print(type(err).__name__, err)

for i in range(40):
    x = operand() * bits(choice((1, 64, 300)))
    s = str(x)
    assert int(s) == x and int(hex(x), 16) == x and int(bin(x), 0) == x, x
    print(i, len(s), s[:30], s[-30:], hex(x)[-20:], oct(x)[-10:])
