# Functions as values, higher-order functions, mutual recursion, call-by-sharing.
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(101))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:5])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(4)], ackermann(3, 3))

def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i, x in enumerate(xs):
        for p in permutations(xs[:i] + xs[i + 1:]):
            out.append([x] + p)
    return out
print(permutations([1, 2, 3]), len(permutations(list(range(5)))))

def modify(lst, num, s):
    lst.append(4)
    num += 1
    s += "!"
    return num, s
L, N, S = [1], 1, "s"
print(modify(L, N, S), L, N, S)
print(len.__name__, apply_n.__name__, type(apply_n).__name__, callable(apply_n), callable(3))
def doc_example():
    """Docstring first line.

    More text."""
print(doc_example.__doc__.splitlines()[0], doc_example() is None)
def no_doc():
    x = "not a docstring"
print(no_doc.__doc__)
