import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4]:
    heapq.heappush(h, v)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 15, 13]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 12), data)
print(heapq.heappushpop([], 5))
big = [(i * 7919) % 1000 for i in range(300)]
heapq.heapify(big)
print(big[:20])
print([heapq.heappop(big) for _ in range(15)])
words = ["pear", "apple", "fig", "kiwi", "banana"]
heapq.heapify(words)
print(words)
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)
for bad in (lambda: heapq.heappush((), 1), lambda: heapq.heappop(()), lambda: heapq.heapify(1),
            lambda: heapq.heappush([]), lambda: heapq.heapify([], 1), lambda: heapq.heappush([1], "a"),
            lambda: heapq.heappush(x=1), lambda: heapq.heappop([1], 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(heapq.__all__)
