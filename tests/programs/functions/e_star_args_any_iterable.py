def g2(*a, **k): return a
for args in [(5,), ]:
    try: g2(*5)
    except TypeError as e: print(e)
    try: g2(1, *5)
    except TypeError as e: print(e)
    try: print(*5)
    except TypeError as e: print(e)
print(g2(*range(3)), g2(*"ab"), g2(*(x for x in [1, 2])), g2(*{3: 4}))
class It:
    def __getitem__(self, i):
        if i < 3: return i * 10
def kw(*a, **k): return a, sorted(k.items())
print(kw(*iter([7, 8]), x=1), kw(*b"hi", **{"y": 2}))
class NoIter:
    pass
try: kw(*NoIter())
except TypeError as e: print(e)
def boom():
    yield 1
    raise ValueError("inside the star generator")
try: kw(*boom())
except ValueError as e: print("ValueError", e)
