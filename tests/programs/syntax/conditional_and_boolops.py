# and/or return operand values; not; conditional expressions.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [0] and "x", not [], not [0], not None)
print(0 or None, 1 and None and 3)

trace = []
def t(v):
    trace.append(v)
    return v

print(t(0) and t(1), trace)
trace.clear()
print(t(1) or t(2), trace)
trace.clear()
print(t(1) and t(0) or t(3), trace)
trace.clear()

x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
print("a" if 0 else "b" if "" else "c")

# truthiness of many types
for v in [0, 0.0, 1, -1, "", "0", [], [[]], (), {}, {0: 0}, set(), None, 0.5]:
    print(repr(v), bool(v))

# is / is not and == with None
n = None
print(n is None, n is not None, n == None)

class Falsy:
    def __bool__(self):
        return False

class Sized:
    def __len__(self):
        return 0

print(bool(Falsy()), bool(Sized()), Falsy() or "fallback", not Sized())
print(isinstance(True, int), True + True, True * 10, -True)
