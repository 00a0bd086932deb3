# Uncaught KeyError: the final line shows the repr of the key.
inventory = {"apples": 3, ("pears", "green"): 5, 7: "seven"}

def take(item, n):
    have = inventory[item]
    inventory[item] = have - n
    return inventory[item]

def restock(items):
    for item, n in items:
        inventory[item] = inventory.get(item, 0) + n
    return sorted(k for k in inventory if isinstance(k, str))

print(take("apples", 1))
print(take(("pears", "green"), 2))
print(restock([("apples", 10), ("plums", 4)]))
print(inventory["plums"], inventory[7])
for key in ["plums", 7, "kiwi's"]:
    print("taking", repr(key))
    print(take(key, 1) if key != 7 else inventory[key])
