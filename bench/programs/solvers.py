# Constraint solvers: N-queens by backtracking over sets and a sudoku solver with
# candidate sets and most-constrained-cell search (sets, list/tuple indexing,
# recursion, early exits).
import sys

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
]


def queens(n):
    solutions = 0
    first = None
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        nonlocal solutions, first
        if row == n:
            solutions += 1
            if first is None:
                first = tuple(placed)
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions, first


PEERS = []
for cell in range(81):
    r, c = divmod(cell, 9)
    br, bc = r // 3 * 3, c // 3 * 3
    peers = set(r * 9 + k for k in range(9)) | set(k * 9 + c for k in range(9))
    peers |= set((br + i) * 9 + bc + j for i in range(3) for j in range(3))
    peers.discard(cell)
    PEERS.append(tuple(sorted(peers)))
DIGITS = frozenset(range(1, 10))


def solve(grid, stats):
    best = -1
    best_cands = None
    for cell in range(81):
        if grid[cell]:
            continue
        cands = DIGITS - {grid[p] for p in PEERS[cell]}
        if not cands:
            return None
        if best_cands is None or len(cands) < len(best_cands):
            best, best_cands = cell, cands
            if len(cands) == 1:
                break
    if best < 0:
        return grid
    for d in sorted(best_cands):
        stats[0] += 1
        grid[best] = d
        result = solve(grid, stats)
        if result is not None:
            return result
    grid[best] = 0
    return None


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    total = 0
    for k in range(rounds):
        n = 8 + k % 2
        count, first = queens(n)
        print("queens", n, count, first)
        for text in PUZZLES:
            # Relabel the digits each round: the same puzzle, a different search order.
            grid = [0 if ch == "." else (int(ch) - 1 + k) % 9 + 1 for ch in text]
            stats = [0]
            solved = solve(grid, stats)
            total += stats[0]
            print("".join(str(d) for d in solved), "guesses", stats[0])
    print("rounds", rounds, "guesses", total)


main()
