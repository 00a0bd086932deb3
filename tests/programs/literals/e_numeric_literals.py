# Numeric literals: underscores, bases, leading zeros, float forms, big literals and their reprs.
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 0XaB, 0O777, 0B11, 1_0.0_1, 1e1_0, 0_0)
print(0, 00, 0_0, 0.0, 0., .0, 0e0, 0E-0, 1e+3, 1E-3, 5.e2, 3.14_15)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFFFFFF, 0b1 << 100 == 2 ** 100, -0x80)
print(1e308, 1e309, 1e-324, 2.5e-324, 4.9e-324, 0.1e1, 10e-1, 1_2e-1_2)
print(type(1e0).__name__, type(10).__name__, type(0x10).__name__, True + 0b1, 0o10 + 0x10 + 0b10 + 10)
print(-0, -0.0, +0.0, --1, -+-1.5, ~0, ~-1, not 0)
print(1 if 1 else 2, 1 .real, 1.0.real, 0x10.bit_length())
print(999999999999999999999 * 0 == 0, 0xdead_beef, 0b1111_0000, 0o7_7)
print(round(1.23456789e-7, 10), 12345678901234567.0, 1.0000000000000002, 0.30000000000000004)
vals = [0b101, 0o101, 0x101, 101]
print(vals, [bin(v) for v in vals], sum(vals))
print(100_000 // 1_000, 1_0 ** 1_0, float("1_000.5"), int("0_1"), int("0b1_0", 0))
big = 10 ** 50
print(big, -big, big + 0.0, str(big)[::10])
print(0.1 + 0.7, 1 - 0.9, 1.1 * 1.1, 3 * 0.1, 0.1 * 3 == 0.3, 1 / 10, 2 / 3)
print(7 // 2, -7 // 2, 7 % -2, 2 ** -1, 2 ** 0.5, 10 ** -2, (-8) ** 2, -8 ** 2)
