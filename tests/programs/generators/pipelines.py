# Generator pipelines processing a "log file" held in a string.
LOG = """2024-01-01 10:00:01 INFO  start server port=8080
2024-01-01 10:00:02 DEBUG config loaded
2024-01-01 10:01:15 WARN  slow request path=/api/users ms=1532
2024-01-01 10:02:00 ERROR db timeout path=/api/orders ms=30000
2024-01-01 10:02:30 INFO  request path=/api/users ms=45

2024-01-01 10:03:00 ERROR bad request path=/api/login ms=12
2024-01-01 10:04:00 INFO  shutdown"""

def lines(text):
    for line in text.split("\n"):
        yield line

def non_empty(it):
    return (l for l in it if l.strip())

def parse(it):
    for l in it:
        date, time_, level, *rest = l.split()
        fields = dict(p.split("=", 1) for p in rest if "=" in p)
        msg = " ".join(p for p in rest if "=" not in p)
        yield {"time": time_, "level": level, "msg": msg, **fields}

def where(it, **conds):
    for rec in it:
        if all(rec.get(k) == v for k, v in conds.items()):
            yield rec

records = list(parse(non_empty(lines(LOG))))
print(len(records))
for r in where(iter(records), level="ERROR"):
    print(r["time"], r["msg"], r.get("path"), r.get("ms"))
slow = (r for r in records if int(r.get("ms", 0)) > 1000)
print([r["path"] for r in slow])
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)

def windowed(it, n):
    window = []
    for v in it:
        window.append(v)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)
print(list(windowed(range(6), 3)))

def running_avg(it):
    total = 0
    for i, v in enumerate(it, 1):
        total += v
        yield round(total / i, 3)
ms_values = (int(r["ms"]) for r in records if "ms" in r)
print(list(running_avg(ms_values)))
def batched(it, size):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))
