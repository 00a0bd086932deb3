# Recursion with memoization: Fibonacci, edit distance, coin change, Catalan numbers.
def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)

memo = {}
def fib_memo(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

print(fib_naive(20), fib_memo(20), fib_memo(300))

def edit_distance(a, b):
    cache = {}
    def d(i, j):
        if (i, j) in cache:
            return cache[i, j]
        if i == 0:
            r = j
        elif j == 0:
            r = i
        elif a[i - 1] == b[j - 1]:
            r = d(i - 1, j - 1)
        else:
            r = 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
        cache[i, j] = r
        return r
    return d(len(a), len(b))

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))

def coin_change(coins, amount):
    cache = {}
    def ways(i, rest):
        if rest == 0:
            return 1
        if rest < 0 or i == len(coins):
            return 0
        key = (i, rest)
        if key not in cache:
            cache[key] = ways(i, rest - coins[i]) + ways(i + 1, rest)
        return cache[key]
    return ways(0, amount)
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25, 50], 100))

def catalan(n, cache={0: 1}):
    if n not in cache:
        cache[n] = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    return cache[n]
print([catalan(i) for i in range(15)])
def power_set_sizes(n):
    return 1 if n == 0 else 2 * power_set_sizes(n - 1)
print([power_set_sizes(i) for i in range(10)], power_set_sizes(64))
