# bytes literals, indexing, slicing, iteration, repr.
b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], list(b[:2]), len(b))
print(b"", b"\x00\x01\xff", b'single', b"""triple""", rb"raw\n", br"\x41")
print(b"\t\n\r\\'\"", repr(b"'"), repr(b'"'), repr(b"'\""), b"\x7f\x80")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"at" in b"cat", 120 in b"cat")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", b"" < b"\x00")
for i, byte in enumerate(b"AZ"):
    print(i, byte, chr(byte), hex(byte))
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"), "caf\u00e9".encode())
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
print(b"abc".hex(), b"\x01\x02".hex(":") if True else "", bytes.fromhex(""))
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(type(b[0]).__name__, type(b[0:1]).__name__, b[0:1], b[5:], b[-2:])
