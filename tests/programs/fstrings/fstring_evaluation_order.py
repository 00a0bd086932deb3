# f-string parts are evaluated left to right, each exactly once.
log = []
def v(x):
    log.append(x)
    return x
print(f"{v(1)} {v(2)}{v(3):>{v(4)}} {v('s')!r}", log)
log.clear()
counter = 0
def tick():
    global counter
    counter += 1
    return counter
print(f"{tick()}-{tick()}-{tick()}", counter)
values = [3, 1, 2]
print(f"{sorted(values)} {values} {values.sort() or values} {values}")
matrix = [[1, 2], [3, 4]]
print(f"{[[r[i] for r in matrix] for i in range(2)]}")
name = "x"
print(f"{name}{name!r}{name}" * 2)
nums = range(5)
print(f"{sum(nums)} {max(nums)} {','.join(str(n) for n in nums)}")
def greet(who, *, punct="!"):
    return f"hi {who}{punct}"
print(f"{greet('bob')} {greet('amy', punct='?')}")
d = {"a": {"b": [10, 20]}}
print(f"{d['a']['b'][1] // 3}")
print(f"{(a := 5) + 1} {a}")
print(f"{'%s-%d' % ('p', 3)} {'{}+{}'.format(1, 2)}")
