# Assignment expressions (:=)
data = [3, 8, 1, 9, 4]

if (n := len(data)) > 3:
    print("long list of", n)

values = []
it = iter(data)
while (item := next(it, None)) is not None:
    values.append(item * 2)
print(values)

# in comprehensions: binds in the enclosing scope
squares = [y for x in data if (y := x * x) > 10]
print(squares, "last y:", y)

# walrus in a nested expression
print((a := 5) + (b := 6), a, b)

def first_big(xs, limit):
    for x in xs:
        if (doubled := x * 2) > limit:
            return doubled
    return None

print(first_big(data, 10), first_big(data, 100))

# any() with witness
if any((hit := v) > 8 for v in data):
    print("witness:", hit)

# chained use
total = 0
parts = "12,7,x,30"
for p in parts.split(","):
    if (s := p.strip()).isdigit() and (v := int(s)) > 10:
        total += v
print("total:", total)

# walrus inside lambda body
f = lambda z: (w := z + 1) * w
print(f(3))

# walrus in function default position via parentheses
print([(k := i, k * 2) for i in range(3)], k)
