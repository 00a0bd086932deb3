# Methods of bytes objects.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"x y  z".rsplit(None, 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x", bytearray(b"y"))))
print(b.find(b"World"), b.find(b"zz"), b.index(b"!"), b.count(b"l"), b.rfind(b"l"))
print(b.startswith(b"  He"), b.endswith(b"!  "), b.replace(b"l", b"L"), b.replace(b"l", b"", 1))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"hello world".title(), b"hello".capitalize(), b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"42".zfill(5), b"a=b".partition(b"="), b"a=b=c".rpartition(b"="), b"one\ntwo\r\n".splitlines())
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"tab\tx".expandtabs(4))
print(b"hello".translate(None, b"l") if True else b"", b"%s=%d" % (b"k", 5), b"%05.1f" % 3.14159)
try:
    b"a".join(["b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"d")
except ValueError as e:
    print(type(e).__name__, e)
data = "key1=val1;key2=val2;empty=".encode()
pairs = dict(item.split(b"=", 1) for item in data.split(b";"))
print(pairs)
print({k.decode(): v.decode() for k, v in pairs.items()})
print(sum(b"\x01\x02\x03"), max(b"azm"), sorted(b"cab"), list(reversed(b"ab")), bytes(reversed(b"ab")))
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) % 65521
print("checksum", checksum)
