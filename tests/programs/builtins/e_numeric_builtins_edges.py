# abs/divmod/pow/round/hash/bin/oct/hex/chr/ord with unusual arguments and their error messages.
print(abs(-0.0), abs(-(2 ** 100)), abs(True), abs(-5.5), abs(float("-inf")))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
for bad in [lambda: abs("x"), lambda: abs(None), lambda: divmod(1, 0.0), lambda: divmod("a", 1), lambda: pow("a", 2),
            lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"), lambda: ord(5),
            lambda: bin(1.5), lambda: hex("a"), lambda: oct(None), lambda: round(1, "2"), lambda: hash([])]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(2 ** 80, 3), divmod(True, 2))
print(chr(0), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff", ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
print(bin(0), bin(-0), bin(-1), oct(-8), hex(-255), hex(2 ** 64), bin(True))
print(hash(()), hash((1,)) == hash((1,)), hash((1, 2)) != hash((2, 1)), hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-2))
print(hash("") == hash(""), hash(None) == hash(None), hash(1.5) == hash(1.5), hash((1, (2, "x"))) == hash((1, (2, "x"))))
print(round(2 ** 100 + 0.5) == 2 ** 100, round(10 ** 20 / 3, -18), round(-(10 ** 30), -29), round(12345, -10))
print(pow(2, 0.5) ** 2 == 2.0000000000000004, pow(-2, 2), pow(2, -2), pow(-8, 1 / 3) if False else "skip-complex")
print(int.__name__, bool(0.0), bool(-0.0), bool(float("nan")), bool("0"), bool([[]]), bool(range(0)), bool(()))
print(float(" 1.5 "), float(True), int(False), complex if False else "no complex", str(0.1), repr(1e100))
print(max(1, 2.5, True), min(-0.0, 0), min(0, -0.0), sorted([0, -0.0, 0.0]), max([0.0, -0.0]))
print(divmod(-0.0, 5), divmod(5, float("inf")), divmod(-5, float("inf")), divmod(0, -3))
print(format(12345.678, ",.1f"), format(-0.0001, ".2e"), format(1e22, "f")[:5], len(format(10 ** 22 * 1.0, ".0f")))
print(sum([1, 2], 0.5), round(0.5 + 2 ** -53), round(-1.5), round(1.5), round(2.675, 2), round(-0.5) == 0)
