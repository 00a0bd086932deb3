# Expression parser: generate random arithmetic programs with an LCG, tokenize them,
# parse them by recursive descent into AST objects, evaluate, simplify and print them
# back (string scanning, class hierarchies, recursion, exceptions for errors).
import sys


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound


class ParseError(Exception):
    pass


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def show(self):
        return str(self.value)

    def simplify(self):
        return self


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def show(self):
        return self.name

    def simplify(self):
        return self


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        op = self.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            if b == 0:
                raise ZeroDivisionError("division by zero in " + self.show())
            return a // b
        return a % b if b else 0

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"

    def simplify(self):
        left = self.left.simplify()
        right = self.right.simplify()
        if isinstance(left, Num) and isinstance(right, Num) and self.op in "+-*":
            return Num(BinOp(self.op, left, right).eval(None))
        if self.op == "*" and (isinstance(left, Num) and left.value == 0 or isinstance(right, Num) and right.value == 0):
            return Num(0)
        if self.op == "+" and isinstance(right, Num) and right.value == 0:
            return left
        return BinOp(self.op, left, right)


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def show(self):
        return "-" + self.operand.show()

    def simplify(self):
        inner = self.operand.simplify()
        if isinstance(inner, Num):
            return Num(-inner.value)
        return Neg(inner)


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%()":
            tokens.append(("op", c))
            i += 1
        else:
            raise ParseError("bad character %r at %d" % (c, i))
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            node = BinOp(self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            node = BinOp(self.take()[1], node, self.factor())
        return node

    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return Num(value)
        if kind == "name":
            return Var(value)
        if value == "-":
            return Neg(self.factor())
        if value == "(":
            node = self.expr()
            if self.take()[1] != ")":
                raise ParseError("expected )")
            return node
        raise ParseError("unexpected %s %r" % (kind, value))


def generate(rng, depth):
    r = rng.next(10)
    if depth <= 0 or r < 2:
        return str(rng.next(100))
    if r < 3:
        return "xyzw"[rng.next(4)]
    if r < 4:
        return "-" + generate(rng, depth - 1)
    op = "+-*/%"[rng.next(5)]
    text = generate(rng, depth - 1) + " " + op + " " + generate(rng, depth - 1)
    return "(" + text + ")" if rng.next(2) else text


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rng = Lcg(7)
    env = {"x": 3, "y": -7, "z": 11, "w": 1 << 40}
    total = 0
    errors = {}
    shown = 0
    for i in range(n):
        src = generate(rng, 7)
        if i % 97 == 0:
            src = src + " )"
        try:
            parser = Parser(tokenize(src))
            tree = parser.expr()
            if parser.peek()[0] != "end":
                raise ParseError("trailing input at token %d" % parser.pos)
            value = tree.eval(env)
            simple = tree.simplify()
            if simple.eval(env) != value:
                raise RuntimeError("simplify changed the value of " + src)
            total = (total * 31 + value) % 1000000007
            shown += len(simple.show())
        except (ParseError, ZeroDivisionError) as e:
            name = type(e).__name__
            errors[name] = errors.get(name, 0) + 1
    print("expressions", n, "checksum", total, "shown", shown, "errors", sorted(errors.items()))


main()
