# Bitwise operators and shifts on small and big, positive and negative ints.
vals = [0, 1, 5, -5, 12345, -12345, 2 ** 63, -(2 ** 63) - 1]
for a in vals:
    print(a, ~a, a & 0xFF, a | 3, a ^ -1, a >> 3, a << 3)
print(1 << 0, 1 << 62, 1 << 63, 1 << 64, 1 << 200 >> 199)
print(-1 << 65, (-1 << 65) >> 64, -(2 ** 70) >> 80, (2 ** 70) >> 80)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0FF0, 0xF0F0 ^ 0x0FF0)
print(-8 & 7, -8 | 7, -8 ^ 7, -1 & (2 ** 80 - 1) == 2 ** 80 - 1)
print((2 ** 100 + 5) & 0xF, (2 ** 100) | 1 == 2 ** 100 + 1, (2 ** 100 - 1) ^ (2 ** 100 - 1))

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(n) for n in (0, 1, 7, 255, 2 ** 64 - 1, 12345)])

def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r

print(reverse_bits(0b0001, 4), reverse_bits(0b1101, 8), reverse_bits(1, 64) == 2 ** 63)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
print(True & 3, True << 3, False | 0)
