# center/ljust/rjust/zfill/expandtabs with widths given by objects whose __index__ runs
# Python code (and allocates, so a collection may move the string meanwhile).
class Width:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        junk = [[i] * 8 for i in range(200)]
        return self.n + len(junk) - 200


for i in range(3):
    s = "ab" * (i + 2)
    print(repr(s.center(Width(11), "*")), repr(s.ljust(Width(9), "-")), repr(s.rjust(Width(9))))
    print(repr(s.zfill(Width(10))), repr(("a\tb" + s).expandtabs(Width(4))))

try:
    "x".center("5")
except TypeError as e:
    print(type(e).__name__, e)
