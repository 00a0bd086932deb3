# An uncaught KeyError raised inside nested comprehensions and a dict lookup helper.
prices = {"apple": 1.5, "pear": 2.0}
orders = [["apple", "pear"], ["apple"], ["pear", "plum"]]
def price_of(name):
    return prices[name]
def order_total(order):
    return sum([price_of(item) for item in order])
print("prices", prices)
print("first order", order_total(orders[0]))
print("second order", order_total(orders[1]))
print("line 1")
print("line 2")
print("line 3")
print("line 4")
print("line 5")
print("line 6")
totals = {i: order_total(o) for i, o in enumerate(orders)}
print(totals)
