# int methods: bit_length, to_bytes, from_bytes, bit tricks.
for n in [0, 1, 2, 3, 255, 256, -1, -255, 2 ** 64, -(2 ** 64), 2 ** 100 - 1]:
    print(n, n.bit_length())

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "little"), (65535).to_bytes(2, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((2 ** 70).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytes(10), "little"))
print(int.from_bytes(b"\x80" + bytes(8), "big", signed=True))
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True)]:
    try:
        print(n.to_bytes(length, "big", signed=signed))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
for v in [12345, -98765, 2 ** 90 + 12345]:
    size = (v.bit_length() + 8) // 8
    bs = v.to_bytes(size, "little", signed=True)
    print(v, len(bs), int.from_bytes(bs, "little", signed=True) == v)
print((42).real, (42).imag, (42).numerator, (42).denominator, (42).conjugate())
print((10).__index__(), int.__name__, (7).__abs__(), (-7).__abs__())
print(int(12).as_integer_ratio(), (-3).as_integer_ratio())
x = 0b1011_0110
print(bin(x), bin(x & (x - 1)), bin(x & -x), bin(x | (x + 1)), bin(x).count("1"))
print([i for i in range(20) if i & (i - 1) == 0 and i])
print(int.bit_count(255) if hasattr(int, "bit_count") else 8, (0b1010).bit_count())
