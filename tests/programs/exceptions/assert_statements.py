# assert statements: messages, expressions evaluated lazily, AssertionError args.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int), "x must be an int"
    return x * 2

for v in (5, -1, 2.5):
    try:
        print(check(v))
    except AssertionError as e:
        print(type(e).__name__, e, e.args)

try:
    assert False
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")

calls = []
def msg():
    calls.append("msg evaluated")
    return "message"
assert True, msg()
print("message not evaluated when assertion holds:", calls)
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args, e)
try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)
def invariant(stack):
    assert len(stack) <= 3, f"stack overflow: {stack}"
stack = []
for i in range(5):
    stack.append(i)
    try:
        invariant(stack)
    except AssertionError as e:
        print("invariant broken:", e)
        stack.pop()
print(stack)
