# for/else and while/else: else runs only when the loop was not broken.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("  found at", i)
            break
    else:
        print("  not found")
        return -1
    return i

print(find([1, 2, 3], 2), find([1, 2, 3], 7), find([], 1))

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 200:
        print("gave up")
        break
else:
    print("collatz reached 1 in", steps, "steps")

count = 0
while count < 3:
    count += 1
else:
    print("while finished normally, count =", count)

while True:
    count -= 1
    if count == 0:
        break
else:
    print("never printed")
print("after infinite loop, count =", count)

for x in []:
    print("no iterations")
else:
    print("else of empty for")

for i in range(3):
    if i == 1:
        continue
    print("i =", i)
else:
    print("continue does not prevent else")
