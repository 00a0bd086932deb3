# Return semantics: implicit None, early return, returning functions, return in loops.
def nothing():
    pass
def bare():
    return
def multiple():
    return 1, [2], {"three": 3}
print(nothing(), bare(), multiple())

def sign(x):
    if x > 0:
        return "+"
    if x < 0:
        return "-"
    return "0"
print([sign(v) for v in (-3, 0, 8)])

def make_op(kind):
    if kind == "add":
        def op(a, b):
            return a + b
    elif kind == "mul":
        def op(a, b):
            return a * b
    else:
        return None
    return op
print(make_op("add")(3, 4), make_op("mul")(3, 4), make_op("?"))

def find_pair(nums, total):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == total:
                return nums[i], nums[j]
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))

def chain(x):
    return x.strip().lower().replace(" ", "_")
print(chain("  Hello World  "))

def early_exit(items):
    result = []
    for it in items:
        if it is None:
            return result, "stopped"
        result.append(it)
    return result, "complete"
print(early_exit([1, 2, None, 3]), early_exit([1]))

def gen_or_value(flag):
    if flag:
        return [i for i in range(3)]
    return (i for i in range(3))
print(gen_or_value(True), type(gen_or_value(False)).__name__)
def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")
print(returns_in_finally())
