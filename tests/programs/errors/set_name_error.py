# An exception raised by __set_name__ during class creation: CPython 3.11 wraps it in a
# RuntimeError naming the descriptor's class, the attribute and the class being created.
class Checked:
    def __set_name__(self, owner, name):
        if name.startswith("_"):
            raise ValueError(f"private name {name!r} not allowed")
        self.name = name


class Good:
    x = Checked()


print(Good.x.name)
try:
    class Bad:
        _y = Checked()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)


def build():
    class Worse:
        ok = Checked()
        _hidden = Checked()
    return Worse


build()
