# A failing assert with a message ends the program.
def mean(xs):
    assert xs, "mean() of an empty sequence"
    return sum(xs) / len(xs)

def check_balanced(ledger):
    total = sum(ledger.values())
    assert total == 0, f"ledger unbalanced by {total}: {sorted(ledger.items())}"
    return "balanced"

print(mean([1, 2, 3]))
print(check_balanced({"cash": 100, "revenue": -100}))
print(check_balanced({"cash": 100, "revenue": -90, "tax": -5}))
