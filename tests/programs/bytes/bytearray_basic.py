# bytearray: a mutable bytes sequence (basic operations).
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba, bytes(ba))
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba)
ba += b"!"
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
print(ba.decode(), ba.upper(), ba.find(b"ok"), b"ok" in ba, ba.count(b"E"))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append("x")
except TypeError as e:
    print(type(e).__name__, e)
buf = bytearray()
for i in range(5):
    buf.append(ord("a") + i)
buf.insert(0, ord("_"))
buf.reverse()
print(buf, buf.hex())
buf.remove(ord("c"))
print(buf, list(buf), buf * 2)
buf.clear()
print(buf, len(buf), bool(buf))
