# An uncaught TypeError from mixing operand types deep in a reduction.
print("reduction demo")
print("ints first, then strings, then a mix")
print("the mix fails")
def combine(acc, item):
    return acc + item
def reduce_all(items, start):
    acc = start
    for item in items:
        acc = combine(acc, item)
        print("acc now", acc)
    return acc
print(reduce_all([1, 2, 3], 0))
print(reduce_all(["a", "b"], ""))
print(reduce_all([1, "2", 3], 0))
