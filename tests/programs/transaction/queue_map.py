# TransactionQueue: a parallel map whose results equal a serial run, calls that add more
# calls while the queue runs, keyword arguments, the module-level queue, several segment
# counts, and a queue run twice.
from _tq import TransactionQueue, add, run


class Cell:
    __slots__ = ("value",)

    def __init__(self):
        self.value = None


def square_sum(cell, n, *, offset=0):
    t = offset
    for i in range(n):
        t += i * i % 11
    cell.value = t


def fan_out(tq, cells, index, depth):
    cells[index].value = depth
    if depth < 6:
        tq.add(fan_out, tq, cells, 2 * index + 1, depth + 1)
        tq.add(fan_out, tq, cells, 2 * index + 2, depth + 1)


for segments in (0, 1, 2, 4):
    cells = [Cell() for _ in range(300)]
    tq = TransactionQueue()
    for i, c in enumerate(cells):
        tq.add(square_sum, c, 50 + i % 40, offset=i)
    tq.run(segments)
    print(segments, sum(c.value for c in cells), cells[0].value, cells[-1].value)

    tree = [Cell() for _ in range(127)]
    tq.add(fan_out, tq, tree, 0, 0)
    tq.run(segments)
    print("  tree", sum(c.value for c in tree), [sum(1 for c in tree if c.value == d) for d in range(7)])

# Run twice: the second run has only what was added after the first.
tq = TransactionQueue()
log = Cell()
log.value = 0
def bump(k):
    log.value += k
tq.add(bump, 1)
tq.run()
tq.add(bump, 10)
tq.add(bump, 100)
tq.run()
tq.run()
print("twice", log.value)

# The module's default queue.
acc = Cell()
acc.value = 0
def accumulate(k):
    acc.value += k
for k in range(100):
    add(accumulate, k)
run()
print("default", acc.value)
