# Lists as stacks: an RPN calculator and an undo history.
def rpn(expr):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "^": lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "7 2 //", "7 2 /", "1 +", "1 2", "4 0 /", "x 1 +"]:
    try:
        print(repr(e), "=", rpn(e))
    except (ValueError, ZeroDivisionError) as err:
        print(repr(e), "error:", type(err).__name__, err)

class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []
    def type(self, s):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text += s
    def undo(self):
        if self.undo_stack:
            self.redo_stack.append(self.text)
            self.text = self.undo_stack.pop()
    def redo(self):
        if self.redo_stack:
            self.undo_stack.append(self.text)
            self.text = self.redo_stack.pop()

ed = Editor()
for action in ["type:Hello", "type:, ", "type:World", "undo", "undo", "redo", "type:there", "redo", "undo"]:
    kind, _, arg = action.partition(":")
    if kind == "type":
        ed.type(arg)
    else:
        getattr(ed, kind)()
    print(f"{action:<12} -> {ed.text!r} (undo={len(ed.undo_stack)}, redo={len(ed.redo_stack)})")
