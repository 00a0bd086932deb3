# abs, divmod, pow, round, sum, min, max, bin, oct, hex, int, float, bool.
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 10 ** 20))
print(pow(3, 4), pow(3, -1), pow(3, 4, 5), pow(-3, 3), pow(2.5, 2), pow(4, 0.5))
print(round(3.14159), round(3.14159, 2), round(-2.5), round(2.5), round(3.5), round(1234, -2), round(-0.4))
print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([], 10), sum((1.5, 2), start=1))
print(min(3, 1, 2), max("apple", "pear", "fig"), min([4, 2, 8], key=lambda x: -x), max([1, 5, 5], default=0))
print(min("hello"), max([(1, "b"), (1, "a")]), min([], default="none"), max(range(10), key=lambda x: x % 4))
print(bin(10), oct(64), hex(3054), bin(-3), hex(0), oct(-1))
print(int("101", 2), int(" 7 "), int(-3.9), float("1e2"), float(" -inf "), bool(""), bool("0"))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), min(-0.0, 0), max([True, 1]))
for bad in [lambda: max(), lambda: min([]), lambda: sum(["a"]), lambda: pow(0, -1), lambda: divmod("a", 1)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(isinstance(abs, type(len)), callable(round), round(0.5), round(1.5), round(-1.5))
print(sum(i * i for i in range(1, 11)), max(len(s) for s in ["a", "bcd", "ef"]), min(abs(x) for x in [-3, 2, -1]))
