# A failing assert without a message, after a few passing ones.
def invariant(stack):
    assert len(stack) < 3

def push_all(items):
    stack = []
    for item in items:
        stack.append(item)
        print("pushed", item, "size", len(stack))
        invariant(stack)
    return stack

assert True
assert 1 + 1 == 2, "arithmetic is broken"
assert [0], "a non-empty list is truthy"
try:
    assert not "text"
except AssertionError as e:
    print("caught bare assert:", repr(e), e.args)

print(push_all(["a", "b"]))
print(push_all(range(5)))
