# Generators as cooperative tasks: a round-robin scheduler.
def task(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"  {name} got message {received!r}")
    return f"{name} finished"

def scheduler(tasks):
    queue = list(tasks)
    results = []
    tick = 0
    while queue:
        t = queue.pop(0)
        try:
            msg = "ping" if tick % 4 == 3 else None
            out = t.send(msg) if t.started else next(t)
        except StopIteration as e:
            results.append(e.value)
            continue
        finally:
            tick += 1
        print(out)
        queue.append(t)
    return results

class Task:
    def __init__(self, gen):
        self.gen = gen
        self.started = False
    def send(self, v):
        return self.gen.send(v)
    def __next__(self):
        self.started = True
        return next(self.gen)

print(scheduler([Task(task("A", 3)), Task(task("B", 1)), Task(task("C", 2))]))

def consumer():
    total = 0
    try:
        while True:
            item = yield
            total += item
            print(f"  consumed {item}, total {total}")
    finally:
        print("  consumer closing with total", total)

def producer(target, items):
    next(target)
    for it in items:
        target.send(it)
    target.close()
producer(consumer(), [3, 4, 5])
