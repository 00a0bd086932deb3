# Producers and consumers over queue.Queue (bounded, so both sides block), with 1, 2 and 8
# of each; every item arrives exactly once. Then the other queue classes and their errors.
import queue
import threading

ITEMS = 400


def run(n):
    q = queue.Queue(maxsize=5)
    received = []
    lock = threading.Lock()

    def produce(k):
        for i in range(ITEMS):
            q.put(k * ITEMS + i)

    def consume():
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                return
            with lock:
                received.append(item)
            q.task_done()

    producers = [threading.Thread(target=produce, args=(k,)) for k in range(n)]
    consumers = [threading.Thread(target=consume) for _ in range(n)]
    for t in producers + consumers:
        t.start()
    for t in producers:
        t.join()
    for _ in consumers:
        q.put(None)
    q.join()
    for t in consumers:
        t.join()
    return len(received), sorted(received) == list(range(n * ITEMS)), q.empty(), q.qsize()


for n in (1, 2, 8):
    print(n, run(n))

lq, pq, sq = queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put((x, str(x)))
    sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])
small = queue.Queue(1)
small.put("a")
for op in (lambda: small.put("b", block=False), lambda: small.put("b", timeout=0.01),
           lambda: queue.Queue().get_nowait(), lambda: queue.Queue().get(timeout=0.01),
           lambda: queue.Queue().get(timeout=-1), lambda: small.task_done() or small.task_done()):
    try:
        op()
    except (queue.Empty, queue.Full, ValueError) as e:
        print(type(e).__name__, e)
print(small.full(), small.qsize(), issubclass(queue.Empty, Exception))
