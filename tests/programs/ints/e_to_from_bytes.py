# int.to_bytes / int.from_bytes: byte orders, signed values, lengths and their errors.
for v in [0, 1, 255, 256, 65535, 2 ** 64 - 1]:
    print(v, v.to_bytes(8, "big"), v.to_bytes(8, "little"))
for v in [-1, -128, -129, 127, -32768, -(2 ** 63)]:
    print(v, v.to_bytes(8, "big", signed=True), v.to_bytes(8, byteorder="little", signed=True))
print((1024).to_bytes(2, "big"), (1024).to_bytes(length=3, byteorder="little"))
print((0).to_bytes(0, "big"), (5).to_bytes(), (200).to_bytes(1, "big"))
for args in [(256, 1, "big", False), (-1, 4, "big", False), (128, 1, "big", True), (-129, 1, "little", True)]:
    v, n, order, signed = args
    try:
        print(v.to_bytes(n, order, signed=signed))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(2, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x00\x10"), "little"))
print(int.from_bytes(b"\x7f"), int.from_bytes(b"\xfe", byteorder="big", signed=True))
big = 7 ** 100
n = (big.bit_length() + 7) // 8
bb = big.to_bytes(n, "big")
print(n, len(bb), int.from_bytes(bb, "big") == big, int.from_bytes(bb[::-1], "little") == big)
neg = -big
sb = neg.to_bytes(n + 1, "little", signed=True)
print(int.from_bytes(sb, "little", signed=True) == neg, sb[-1])
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print(type(e).__name__, e)
for v in range(-3, 4):
    print(v, v.to_bytes(2, "big", signed=True).hex(), (v & 0xFFFF).to_bytes(2, "big").hex())
