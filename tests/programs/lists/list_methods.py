# All list methods, including error cases.
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "before-last"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(1), l.index(1, 2), l.count(1), l.count("zz"))
c = l.copy(); c.append("copy-only"); print(l, c)
l.reverse(); print(l)
nums = [5, 2, 8, 1, 9, 2]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.clear(); print(nums, len(nums))
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].extend(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list(x * 2 for x in [1, 2]))
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 2 * [None])
grid = [[0] * 3] * 2
grid[0][0] = 1
print("aliased rows:", grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print("independent rows:", grid)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 100], [] < [0], [1, [2]] == [1, [2]])
print(len([[], []]), [1, 2, 3][-1], 3 in [1, 2, 3], [1] in [[1]], sum([[1], [2]], []))
