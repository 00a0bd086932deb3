# Subclassing built-in types: int, str, list, dict, Exception.
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, isinstance(e, int), e == 10, hash(e) == hash(10))
try:
    Even(3)
except ValueError as err:
    print(type(err).__name__, err)

class Path(str):
    def join(self, *parts):
        return Path("/".join([self.rstrip("/"), *parts]))
    @property
    def name(self):
        return self.rsplit("/", 1)[-1]
p = Path("/usr/").join("local", "bin")
print(p, p.name, type(p).__name__, p.upper(), type(p.upper()).__name__, p.startswith("/usr"))

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
st = Stack([1]).push(2).push(3)
print(st, st.peek(), len(st), st.pop(), st, isinstance(st, list), st == [1, 2])

class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, sorted(ad.keys()))
try:
    ad.zzz
except AttributeError as err:
    print(type(err).__name__, err, err.__cause__, err.__suppress_context__)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"
try:
    raise AppError(404, "not found")
except AppError as err:
    print(err, err.args, err.code, repr(err))
class Ordered(dict):
    def __repr__(self):
        return "Ordered(" + super().__repr__() + ")"
print(Ordered(x=1), [Ordered()])
