# Binary trees: allocate and walk many short-lived and one long-lived complete binary
# tree (allocation and GC pressure, recursion), as in the Benchmarks Game.
import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make(depth), make(depth))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def make_tuple(depth):
    return (None, None) if depth == 0 else (make_tuple(depth - 1), make_tuple(depth - 1))


def check_tuple(t):
    left, right = t
    return 1 if left is None else 1 + check_tuple(left) + check_tuple(right)


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 13
    min_depth = 4
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iters = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iters):
            total += check(make(depth))
        total_t = 0
        for _ in range(iters // 4):
            total_t += check_tuple(make_tuple(depth))
        print("%d\t trees of depth %d\t check: %d tuples: %d" % (iters, depth, total, total_t))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))


main()
