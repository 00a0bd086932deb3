# for/while else with break, continue, return, exceptions and empty iterables; loop variable after loops.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return "not found"
    return f"found at {i}"
print(find([1, 2, 3], 2), find([], 1), find("abc", "z"))
for i in range(3):
    continue
else:
    print("else after continue-only loop, i =", i)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else ran, n =", n)
while False:
    pass
else:
    print("while False else")
for _ in []:
    print("never")
else:
    print("empty for else")
def ret_in_loop():
    for x in range(5):
        if x == 2:
            return x
    else:
        return "else"
print(ret_in_loop())
try:
    for x in range(3):
        if x == 1:
            raise ValueError("stop")
    else:
        print("not reached")
except ValueError as e:
    print(type(e).__name__, e, x)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("inner else never")
    print("outer", outer, "inner", inner)
count = 0
for i in range(10):
    if i % 2:
        continue
    count += i
    if count > 10:
        break
else:
    print("no")
print(count, i)
items = [1, 2, 3]
for v in items:
    if v == 1:
        items.append(4)
    if len(items) > 5:
        break
print(items, v)
k = 0
while (k := k + 1) < 5:
    if k == 3:
        continue
    print("k", k)
print("final k", k)
for i in range(5):
    pass
print("i leaks as", i)
for i in range(0):
    pass
print("still", i)
