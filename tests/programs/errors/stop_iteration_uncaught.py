# next() on an exhausted iterator outside a loop raises StopIteration.
it = iter(["first", "second"])
print(next(it))
print(next(it))
print(next(it))
