from collections import deque

class Stack(deque):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, deque), type(s).__name__)
s.label = "mine"
print(s.label)
print(s.copy(), type(s.copy()).__name__)
print(s + deque([4]), deque([0]) + s, s * 2)
print(s == deque([1, 2, 3]))

class Bounded(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=3)

b = Bounded(range(10))
print(b, b.maxlen)
try:
    b.copy()
except TypeError as e:
    print(type(e).__name__, e)

class Logged(deque):
    def append(self, x):
        print("append", x)
        super().append(x)

lg = Logged()
lg.append(1)
lg.extend([2, 3])
print(lg)

def bfs(graph, start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

g = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}
print(bfs(g, 0))
window = deque(maxlen=3)
avgs = []
for v in [3, 6, 9, 12, 15, 18]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
