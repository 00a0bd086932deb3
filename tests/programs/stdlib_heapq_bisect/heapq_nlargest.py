import heapq

data = [7, 1, 9, 3, 9, 4, 8, 1, 6, 2, 5, 0]
for n in (0, 1, 3, 5, 12, 20, -1):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data)))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25), ("fay", 40)]
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(1, people, key=lambda p: p[1]))
print(heapq.nsmallest(4, "heapqueue"), heapq.nlargest(4, "heapqueue"))
print(heapq.nlargest(3, iter(people), key=lambda p: p[1]))
print(heapq.nsmallest(3, iter(people), key=lambda p: -p[1]))
print(heapq.nlargest(2, []), heapq.nsmallest(2, iter([])), heapq.nlargest(1, []))
print(heapq.nsmallest(3, [2.5, 1, 3, 0.5]), heapq.nlargest(2, {4: 0, 9: 0, 1: 0}))
try:
    heapq.nsmallest(2, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    heapq.nlargest(2, [1, "a", 3])
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"R{self.v}"
print(heapq.nsmallest(3, [Rev(i) for i in range(6)]), heapq.nlargest(2, [Rev(i) for i in range(6)]))
