# break/continue in nested loops, flags, and loop-variable behaviour.
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
found = None
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v < 0:
            found = (r, c)
            break
    if found:
        break
print("first negative at", found)

total = 0
for row in matrix:
    for v in row:
        if v < 0:
            continue
        if v > 7:
            break
        total += v
print("total", total)

i = 0
out = []
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    out.append(i)
print(out, i)

for x in range(5):
    pass
print("x after loop", x)

pairs = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)

def search(grid, target):
    for y, row in enumerate(grid):
        for x, cell in enumerate(row):
            if cell == target:
                return x, y
    return None
print(search(["abc", "def"], "e"), search(["abc"], "z"))

log = []
for i in range(3):
    try:
        if i == 1:
            continue
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)
n = 0
while True:
    n += 1
    try:
        if n == 3:
            break
    finally:
        log.append(f"while-finally {n}")
print(log[-3:], n)
