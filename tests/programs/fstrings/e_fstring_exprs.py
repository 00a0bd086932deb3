# f-string expressions: nested quotes, dict/lambda/walrus in braces, conversions, evaluation order.
d = {"a": 1, "b": [10, 20]}
name = "World"
print(f"{d['a']} {d['b'][1]} {len(d)} {name.lower()!r} {name[::-1]}")
print(f"{(lambda x: x * 2)(21)} {(y := 5) + 1} {y} {[i * i for i in range(4)]} { {1: 2} }")
print(f"{'{'}{'}'} {{literal}} {{{name}}} {'%d' % 3}")
print(f"""{name
}""", f'''{"multi" + 'quote'}''', f"{'tab'}\t{'nl'!r}")
trace = []
def t(v):
    trace.append(v)
    return v
print(f"{t(1)}{t(2):>{t(3)}}{t(4)!r:{t(5)}}", trace)
w, p = 10, 3
print(f"[{3.14159265:{w}.{p}}] [{'abc':{'<'}{w}}] [{12:{'0'}{w}}] [{255:#{'x'}}]")
print(f"{1 if True else 2}", f"{not False}", f"{None!s:>6}", f"{3 < 4 < 5}", f"{-1:+}", f"{7 if 3 else 4}")
print(f"{'a' 'b'}", f"{ name }", f"{name:}", f"{name!s:}", f"{'é'!a}", f"{str(b'x')}")
class C:
    def __init__(self):
        self.calls = 0
    def __format__(self, spec):
        self.calls += 1
        return f"C[{spec}]#{self.calls}"
c = C()
print(f"{c} {c:abc} {c:{'x' * 2}} {c:>{2}}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for n, price, qty in items:
    print(f"{n:<12}|{price:>6.2f}|{qty:^5}|{price * qty:>8,.2f}|")
print(f"{'total':<12}|{sum(p * q for _, p, q in items):>21.2f}|")
nums = [1, 22, 333]
print(f"{nums!r:>20}", f"{nums[0]:>{len(nums)}}", f"{','.join(map(str, nums))}", f"{len(nums) * '-'}")
print(f"{10 // 3} {10 % 3} {2 ** 10:_} {1_000_000:,} {0.1 + 0.2!r} {1e-7}")
print(f"{__name__}", f"{print.__name__}", f"{int.__name__:>5}", f"{type(1.5).__name__}")
