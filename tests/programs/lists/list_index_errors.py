# Indexing rules and error messages for lists.
l = [10, 20, 30]
print(l[0], l[-1], l[-3], l[True])
for bad in [3, -4, 10 ** 20]:
    try:
        print(l[bad])
    except IndexError as e:
        print(bad, type(e).__name__, e)
try:
    l[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__, e)
for bad in ["0", 1.0, None, [0]]:
    try:
        l[bad]
    except TypeError as e:
        print(type(e).__name__, e)
class Two:
    def __index__(self):
        return 2
print(l[Two()], l[Two():], l[:Two()])
l[Two()] = "two"
print(l)
try:
    l.nonexistent()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(l)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {l: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    l + (1,)
except TypeError as e:
    print(type(e).__name__, e)
print(l * 0, l * -2, [] * 100)
l2 = [1, 2, 3]
l2 *= 2
print(l2)
l2[1:1] = []
print(l2, l2[1:-1], l2[-1:1], l2[len(l2):])
