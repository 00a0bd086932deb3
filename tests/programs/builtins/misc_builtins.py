# Less common builtins: ascii, bin, callable, chr, divmod, hasattr, iter with sentinel, isinstance tuples, sorted of dict items.
values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
counts = {}
for v in values:
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.items()), sorted(counts, key=counts.get, reverse=True)[:3])
print(max(counts.items(), key=lambda kv: (kv[1], -kv[0])), min(counts, key=lambda k: (counts[k], k)))
lines = iter(["header", "a", "b", "", "ignored"])
print(list(iter(lambda: next(lines), "")))
print(divmod(100, 7), divmod(-100, 7), [divmod(n, 60) for n in (59, 60, 3661)])
total_seconds = 98765
h, rem = divmod(total_seconds, 3600)
m, s = divmod(rem, 60)
print(f"{h:02}:{m:02}:{s:02}")
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, (list, tuple)))
print(all(isinstance(x, int) for x in values), any(isinstance(x, str) for x in values))
print(sorted(values), sorted(values, reverse=True)[:4], list(reversed(sorted(set(values)))))
print(len(values), len(set(values)), sum(values) / len(values), sorted(values)[len(values) // 2])
table = list(zip(*[iter(range(12))] * 4))
print(table)
print(list(map(list, zip(*table))))
print(list(enumerate(zip("ab", "cd"), start=1)))
print(sum(map(len, ["ab", "cde", ""])), list(map(sum, [[1, 2], [], [3]])))
print(next(filter(lambda x: x > 4, values)), list(filter(str.isupper, "aBcDe")))
print(pow(2, 10, 1000), pow(10, -2), round(pow(2, 0.5), 6))
