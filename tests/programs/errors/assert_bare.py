# A failing assert without a message.
def invariant(stack):
    assert len(stack) < 3

s = []
for i in range(5):
    s.append(i)
    print("pushed", i)
    invariant(s)
