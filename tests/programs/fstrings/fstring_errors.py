# Errors raised while evaluating f-strings.
value = 7
try:
    print(f"{value:q}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'text':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{3.5:x}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{undefined_thing}")
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f"{value + 'x'}")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(f"{[1, 2][5]}")
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(f"{1 / 0:.2f}")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(f"{value:,d}{value:=^}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'abc':=10}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{[]:>5}")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{object.__name__}", f"{type(value).__name__}")
class Bad:
    def __format__(self, spec):
        return 5
try:
    print(f"{Bad()}")
except TypeError as e:
    print(type(e).__name__, e)
class Loud:
    def __str__(self):
        raise RuntimeError("str failed")
    def __repr__(self):
        return "Loud()"
try:
    print(f"{Loud()}")
except RuntimeError as e:
    print(type(e).__name__, e)
print(f"{Loud()!r}")
