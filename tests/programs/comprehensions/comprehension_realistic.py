# Comprehensions over records: filtering, grouping, pivoting.
orders = [
    {"id": 1, "customer": "ann", "items": [("pen", 2, 1.5), ("pad", 1, 4.0)]},
    {"id": 2, "customer": "bob", "items": [("ink", 3, 2.25)]},
    {"id": 3, "customer": "ann", "items": []},
    {"id": 4, "customer": "cy", "items": [("pen", 10, 1.4), ("bag", 1, 25.0)]},
]
totals = {o["id"]: round(sum(q * p for _, q, p in o["items"]), 2) for o in orders}
print(totals)
non_empty = [o["id"] for o in orders if o["items"]]
print(non_empty)
products = sorted({name for o in orders for name, _, _ in o["items"]})
print(products)
qty_by_product = {name: sum(q for o in orders for n, q, _ in o["items"] if n == name) for name in products}
print(qty_by_product)
customers = sorted({o["customer"] for o in orders})
spend = {c: sum(totals[o["id"]] for o in orders if o["customer"] == c) for c in customers}
print(spend)
print(max(spend, key=spend.get), [c for c in customers if spend[c] > 10])
table = [[f"{o['id']:>2}", o["customer"].ljust(4), f"{totals[o['id']]:>7.2f}"] for o in orders]
for row in table:
    print(" | ".join(row))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
print([[1 if r == c else 0 for c in range(4)] for r in range(4)])
