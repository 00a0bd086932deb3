# bytes: constructors with odd arguments, indexing gives ints, slicing, hex/fromhex, methods and errors.
print(bytes(3), bytes([65, 66, 255]), bytes(range(3)), bytes(b"ab"), bytes(bytearray(b"x")), bytes(), bytes("é", "utf-8"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes(-1), lambda: bytes(["a"]), lambda: bytes(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-2], b[100:], list(b[:3]), b"l" in b, 108 in b, b"xyz" in b)
try:
    256 in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    "h" in b
except TypeError as e:
    print(type(e).__name__, e)
print(b.hex(), b"\x00\xff".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L", 2), b.find(b"o"), b.rfind(111), b.count(b"l"))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.strip(b"hd"), b.center(15, b"*"), b.zfill(13), b.partition(b" "))
print(b"a,b".join([b"1", b"2"]), b"-".join([]), b"abc" + b"def", b"ab" * 3, b"x" < b"y", b"abc" == bytearray(b"abc"))
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"-".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(repr(b"\x00\t\n\r'\"\\\x7f\x80"), repr(b"'"), repr(b"'\""), str(b"x"), b"%d%s" % (1, b"z"))
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"Hello".swapcase(), b"hello".capitalize(), b" a b ".split(None, 1), b"a\nb\r\nc".splitlines(), b"abc".isalpha(), b"12".isdigit())
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]), max(b"abc"), sum(b"\x01\x02"))
print(list(reversed(b"abc")), b"abc".index(99), bytes(reversed(b"xyz")), b"a".ljust(3, b"-"), b"abc"[1:2] == b"b")
