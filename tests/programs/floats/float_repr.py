# Shortest round-tripping repr of floats.
values = [0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 123456789.123456789, 1.5e-5,
          0.00001, 0.0001, 1e-7, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
          100.0, 1e100, 1.0e22, 1e21, 12345678901234567890.0, -0.0, 3.0, 0.5, 1.25,
          4.35, 2.675, 1.1, 2.2, 3.3, 9.999999999999999e22]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
print([0.1 * i for i in range(1, 11)])
print(sum([0.1] * 10), 0.1 * 10)
print(1e16 + 1, 1e16 + 2, 2 ** 0.5, 10 ** 0.5, 3 ** 0.5)
print(1 / 7, 22 / 7, 355 / 113)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), (1e300).is_integer(), float("inf").is_integer())
print(float("nan").is_integer())
print(str(1e-300 * 1e-300), 1e300 * 1e10, -1e300 * 1e10)
