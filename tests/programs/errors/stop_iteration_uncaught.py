# next() on an exhausted iterator outside a loop raises StopIteration.
def pairs(items):
    it = iter(items)
    while True:
        try:
            a = next(it)
        except StopIteration:
            return
        b = next(it, None)
        yield a, b

print(list(pairs([1, 2, 3, 4, 5])))
it = iter(["first", "second"])
print(next(it))
print(next(it))
print(next(it, "default instead of StopIteration"))
print(next(it))
