# Integer format specs: fill, align, sign, '#', '0', width, grouping, every type letter.
for v in [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64]:
    print(f"{v:d}|{v:5d}|{v:<6}|{v:^7}|{v:>8}|{v:=+9}|{v:+}|{v: }|{v:-}|{v:,}|{v:_}|{v:_x}|{v:_b}")
for v in [0, 10, 97, 255]:
    print(f"{v:b}|{v:#b}|{v:o}|{v:#o}|{v:x}|{v:#X}|{v:#010x}|{v:08b}|{v:c}|{v:n}|{v:e}|{v:.2f}|{v:%}|{v:g}")
print(f"{42:*^10}|{42:0>6}|{-42:0=8}|{-42:08}|{42:#>+8x}|{1:0<5}|{12345:_^13,}")
print(f"{3:{'0'}{4}}", f"{'x':{'^'}{5}}", f"{10:{'#'}{'x'}}")
print(format(1234, ","), format(-1234567, "_"), format(12, "010,"), format(1234, "010,"), format(123456789, "012_"))
print(format(65, "c"), format(0x1F600, "c"), format(10 ** 20, ","), format(-(10 ** 20), "_x"), format(True, "d"), format(True, ""))
for bad in ["s", ",c", "#c", "+c", ".2d", ".0x", "_o" if False else "=", ",b", "q", "10.3c"]:
    try:
        print(bad, format(42, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    format(-1, "c")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    format(1, ",_")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "_,")
except ValueError as e:
    print(type(e).__name__, e)
print(format(5, ""), format(5, "=10"), format(5, "+010d"), format(-5, "+010d"), format(5, " 010d"))
print("{:>5}|{:<5}|{:^5}|{:=5}".format(-1, -1, -1, -1), "{0:{1}}".format(7, 3), "{:{}{}}".format(9, "<", 4))
print("{:02X}{:02X}{:02X}".format(255, 0, 128), "{:#06b}".format(5), "{:o}".format(-8))
