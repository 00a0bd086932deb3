# pow with negative exponents, three-argument pow with negative bases and modular inverse.
print(pow(2, -1), pow(-2, -3), pow(10, -2), 2 ** -1, (-8) ** -1)
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 3, -5), pow(-3, 3, -5), pow(0, 0, 7), pow(5, 0, 1))
print(pow(3, -1, 7), pow(2, -1, 9), pow(-2, -1, 9), pow(3, -2, 11), pow(38, -1, 97))
print(pow(2, 100, 10 ** 9 + 7), pow(10 ** 20, 10 ** 5, 12345), pow(-(10 ** 20), 3, 99991))
print(pow(7, -1, -5), pow(2, 10 ** 18, 1000))
for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(2.0 ** -2, (-2.0) ** 3, 8.0 ** (1 / 3), 0.0 ** 0, 0 ** 0.0)
print(4 ** 0.5, 2 ** 0.5, (-1) ** 2.0, 1.0 ** float("inf"), float("inf") ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0 ** -2
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(-1, 10 ** 20), pow(-1, 10 ** 20 + 1), pow(1, -5), pow(-1, -5))
print(3 ** 100, len(str(7 ** 500)), (2 ** 64) ** 2 == 2 ** 128)
print(pow(base=2, exp=5), pow(2, exp=5, mod=7))
x = 5
x **= 3
print(x)
x **= -1
print(x)
