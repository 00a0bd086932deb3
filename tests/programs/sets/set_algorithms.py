# Sets in algorithms: dedupe preserving order, graph reachability, primes sieve.
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("mississippi"))

graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [], 6: [2], 7: [1]}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
for s in (1, 5, 6, 7):
    print(s, sorted(reachable(s)))

def sieve(n):
    composite = set()
    primes = []
    for i in range(2, n + 1):
        if i not in composite:
            primes.append(i)
            composite.update(range(i * i, n + 1, i))
    return primes
print(sieve(60))

words1 = "the quick brown fox jumps".split()
words2 = "the lazy dog jumps high".split()
common = set(words1) & set(words2)
print(sorted(common), sorted(set(words1) - set(words2)), len(set(words1) | set(words2)))
print(sorted(set("hello world") - {" "}))
nums = [1, 5, 9, 13, 2, 6]
target = 14
s = set(nums)
print(sorted((x, target - x) for x in s if target - x in s and x < target - x))
def has_dup(xs):
    return len(set(xs)) != len(xs)
print(has_dup([1, 2, 3]), has_dup([1, 2, 1]), has_dup([]))
