# bytearray mutation: item and slice assignment, extend/append/insert/pop/remove, in-place ops and errors.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba), ba[1], ba[1:3])
ba[1:3] = b"EY"
print(ba)
ba[1:1] = b"--"
print(ba)
del ba[1:3]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.__setitem__(0, -1), lambda: ba.remove(0), lambda: bytearray().pop()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
c = bytearray(b"ab")
c += b"cd"
c *= 2
print(c, c.upper(), c.replace(b"a", b"A"), c.find(b"cd"), c.count(b"a"), bytes(c), c == b"abcdabcd")
c[::2] = b"XXXX"
print(c)
try:
    c[::2] = b"Y"
except ValueError as e:
    print(type(e).__name__, e)
c.reverse()
print(c, c.decode(), c.hex(), list(c[:3]), bytearray(3), bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__)
c.clear()
print(c, len(c), bytearray(range(65, 70)), bytearray("é", "utf-8"), bytearray.fromhex("41 42"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
