# Backtracking search: N-queens, subsets summing to a target, permutations of a multiset.
def queens(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions

for n in range(1, 8):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))

def subset_sums(nums, target):
    out = []
    def go(i, chosen, total):
        if total == target:
            out.append(chosen[:])
            return
        if i == len(nums) or total > target:
            return
        chosen.append(nums[i])
        go(i + 1, chosen, total + nums[i])
        chosen.pop()
        go(i + 1, chosen, total)
    go(0, [], 0)
    return out
print(subset_sums([3, 34, 4, 12, 5, 2], 9), subset_sums([1, 2, 3], 7))

def multiset_perms(s):
    if not s:
        return [""]
    out = []
    for ch in sorted(set(s)):
        rest = s.replace(ch, "", 1)
        out.extend(ch + p for p in multiset_perms(rest))
    return out
print(multiset_perms("aab"), len(multiset_perms("mississ")))
def flood(grid, r, c):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = "#"
    return 1 + flood(grid, r + 1, c) + flood(grid, r - 1, c) + flood(grid, r, c + 1) + flood(grid, r, c - 1)
g = [list(row) for row in ["..x..", ".xx..", "x...x", "..x.."]]
print(flood(g, 0, 0), flood(g, 0, 4), ["".join(row) for row in g])
