# Recursive algorithms on nested data: deep copy, equality, depth, path sums, and memoized partition counting.
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
data = {"a": [1, [2, 3]], "b": {"c": [4]}}
cp = deep_copy(data)
cp["a"][1].append(99)
print(data, cp)
def depth(x):
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print(depth([]), depth([1, [2, [3, [4]]]]), depth((1, (2,), [[[]]])))
def path_sums(tree, acc=0):
    value, children = tree
    acc += value
    if not children:
        return [acc]
    return [s for c in children for s in path_sums(c, acc)]
tree = (1, [(2, [(4, []), (5, [])]), (3, [(6, [(7, [])])])])
print(path_sums(tree))
memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n, n) for n in range(1, 15)], partitions(100, 100))
def binary_search(seq, target, lo=0, hi=None):
    hi = len(seq) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    return binary_search(seq, target, mid + 1, hi) if seq[mid] < target else binary_search(seq, target, lo, mid)
seq = list(range(0, 200, 3))
print(binary_search(seq, 99), binary_search(seq, 100), binary_search(seq, 0), binary_search(seq, 198))
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]), merge_sort([]), merge_sort(list("recursion")))
