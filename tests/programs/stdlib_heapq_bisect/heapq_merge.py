import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2], [0, 10, 11])))
print(list(heapq.merge()), list(heapq.merge([5])))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["apple", "kiwi"], ["fig", "banana"], key=len)))
print(list(heapq.merge([(1, "a"), (3, "c")], [(1, "b"), (2, "x")], key=lambda t: t[0])))
print(list(heapq.merge([10, 5], [7, 1], key=lambda v: -v)))
print(list(heapq.merge([3, 2], [4, 0], key=abs, reverse=True)))
g = heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)), iter(range(2, 10, 3)))
print(next(g), next(g), list(g))
a = [(1, "first-a"), (2, "a")]
b = [(1, "first-b"), (2, "b")]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
def gen(start):
    for i in range(start, 20, 5):
        yield i
print(list(heapq.merge(gen(0), gen(1), gen(2))))
try:
    list(heapq.merge([1], ["a"]))
except TypeError as e:
    print(type(e).__name__, e)
print(type(heapq.merge([1])).__name__)
