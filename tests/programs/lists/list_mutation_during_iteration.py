# Aliasing, copying, identity, and mutation while iterating.
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d, a is b, a is c, a == b)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = ["replaced"]
print(nested, shallow)

nums = [1, 2, 3, 4, 5, 6]
for x in nums:
    if x % 2 == 0:
        nums.remove(x)
print("removed while iterating (skips elements):", nums)

nums = [1, 2, 3, 4, 5, 6]
nums = [x for x in nums if x % 2]
print("filtered copy:", nums)

grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print("grown while iterating:", grow)

it = iter([10, 20, 30])
lst = list(it)
print(lst, list(it))

items = ["a", "b", "c"]
for i, item in enumerate(items):
    items[i] = item.upper()
print(items)

queue = [0]
order = []
while queue:
    node = queue.pop(0)
    order.append(node)
    for child in (node * 2 + 1, node * 2 + 2):
        if child < 10:
            queue.append(child)
print("bfs order:", order)

l = [3, 1, 2]
r = l.sort()
print(r, l, sorted(l) is l)
def mutate(lst):
    lst += [100]
    lst = [0]
    lst.append(1)
    return lst
orig = [5]
print(mutate(orig), orig)
default_trap_calls = []
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []))
