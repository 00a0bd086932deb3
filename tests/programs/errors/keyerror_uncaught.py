# Uncaught KeyError: the final line shows the repr of the key.
inventory = {"apples": 3, ("pears", "green"): 5}

def take(item, n):
    have = inventory[item]
    inventory[item] = have - n
    return inventory[item]

print(take("apples", 1))
print(take(("pears", "green"), 2))
print(take("kiwi's", 1))
