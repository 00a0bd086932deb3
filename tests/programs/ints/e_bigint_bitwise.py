# Bitwise operations and shifts on big and negative ints (two's complement semantics).
a = 2 ** 100 + 12345
b = -(2 ** 90) - 77
print(a & b, a | b, a ^ b)
print(~a, ~b, -a & 0xFFFF, b & 0xFFFFFFFF, b | 0xFF)
print(-1 & a == a, -1 ^ a == ~a, 0 | b == b)
print(a >> 1, a >> 99, a >> 100, a >> 101, a >> 1000)
print(b >> 1, b >> 89, b >> 90, b >> 91, b >> 1000)
print(-1 >> 5, -1 >> 100, -5 >> 1, -4 >> 1, -3 >> 1)
print(1 << 200, -1 << 70, 3 << 0, 0 << 1000)
print((a << 37) >> 37 == a, (b << 64) >> 64 == b)
for x in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 64), a, b]:
    print(x.bit_length(), x.bit_count() if hasattr(x, "bit_count") else None, bin(x)[:20], hex(x)[:20], oct(x)[:20])
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    a >> -3
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 << 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 & 2.0
except TypeError as e:
    print(type(e).__name__, e)
masks = [(1 << i) - 1 for i in (7, 8, 63, 64, 65, 128)]
print([m.bit_length() for m in masks])
print([(-m) & m for m in masks])
print([(x ^ (x >> 1)) for x in range(16)])
n = 0
for i in range(0, 300, 7):
    n |= 1 << i
print(n.bit_count(), n.bit_length(), n & (n - 1) == n - (1 << 0))
print(True & 3, True | 2, True ^ True, ~True, ~False, True << 3)
