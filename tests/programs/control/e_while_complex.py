# while loops: complex conditions, walrus in conditions, nested break/continue, and else with flags.
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(data) and data[i] != 9:
    i += 1
print("index of 9:", i)
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and len(stack) > 1:
    stack = stack[1]
    depth += 1
print("depth", depth, stack)
chunks = iter(["ab", "cd", "", "ef"])
out = []
while (chunk := next(chunks)):
    out.append(chunk)
print(out)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fibs = []
while (a := a + b) < 100:
    a, b = b, a
    fibs.append(b)
print(fibs)
found = None
x = 0
while x < 5:
    y = 0
    while y < 5:
        if x * y == 6:
            found = (x, y)
            break
        y += 1
    else:
        x += 1
        continue
    break
print("found", found)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
print("count", count)
queue = [1]
seen = []
while queue:
    v = queue.pop(0)
    seen.append(v)
    if v < 20:
        queue.extend([v * 2, v * 3])
print(seen[:10], len(seen))
tries = 0
while tries < 3:
    tries += 1
    if tries == 10:
        break
else:
    print("gave up after", tries)
balance = 100
while balance > 0:
    balance -= 30
    if balance < 0:
        print("overdrawn:", balance)
        break
else:
    print("exact zero")
