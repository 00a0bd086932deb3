# A failing assert with a message ends the program.
def mean(xs):
    assert xs, "mean() of an empty sequence"
    return sum(xs) / len(xs)

def check_balanced(ledger):
    total = sum(ledger.values())
    assert total == 0, f"ledger unbalanced by {total}: {sorted(ledger.items())}"
    return "balanced"

def post(ledger, account, amount):
    ledger[account] = ledger.get(account, 0) + amount
    return ledger

print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
ledger = {}
post(ledger, "cash", 100)
post(ledger, "revenue", -100)
print(check_balanced(ledger))
post(ledger, "cash", -5)
post(ledger, "tax", 0)
print(sorted(ledger.items()))
print(check_balanced(ledger))
