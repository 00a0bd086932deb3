# Classic algorithms on lists: binary search, merge sort, quick sort, two-sum, rotation.
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)

def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    out.extend(a[i:]); out.extend(b[j:])
    return out

def quick_sort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

def two_sum(xs, target):
    seen = {}
    for i, x in enumerate(xs):
        if target - x in seen:
            return seen[target - x], i
        seen[x] = i
    return None

def rotate(xs, k):
    k %= len(xs) if xs else 1
    return xs[-k:] + xs[:-k] if k else xs[:]

data = [(i * 37 + 11) % 50 for i in range(30)]
print(data)
ms = merge_sort(data)
print(ms, ms == sorted(data), quick_sort(data) == ms)
for t in [0, 11, 48, 49, 100, -1]:
    print(t, binary_search(ms, t))
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 10))
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1, 2, 3], 3), rotate([], 4))
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        print(ch, "closes", stack.pop())
print("balanced" if not stack else "unbalanced")
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [x for row in matrix for x in row])
print([[matrix[r][c] for r in range(len(matrix) - 1, -1, -1)] for c in range(3)])
