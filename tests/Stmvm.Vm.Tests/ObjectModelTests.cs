// Object-model behaviour (classes, attributes, descriptors, super, exceptions, repr,
// hash, comparisons) checked against CPython 3.11: each case is a small program that
// leaves its result in `r`; the expected text is str(r) as python3 printed it.
using System.Text;
using Stmvm.Gc;
using Stmvm.Lang;
using Stmvm.Vm;
using Xunit;

namespace Stmvm.Vm.Tests;

[Collection("vm")]
public sealed class ObjectModelTests(VmFixture vm)
{
    public static readonly TheoryData<string, string> Cases = new()
    {
        { "class A:\n    def __init__(self, x): self.x = x\na = A(3)\na.y = 4\nr = (a.x, a.y, sorted(vars(a)))",
          "(3, 4, ['x', 'y'])" },
        { "class A: pass\na = A()\nfor i in range(20): setattr(a, 'f%d' % i, i)\ndel a.f3\nr = (a.f19, len(a.__dict__), hasattr(a, 'f3'))",
          "(19, 19, False)" },
        { "class A: pass\na = A()\na.__dict__['z'] = 5\na.w = 1\nd = a.__dict__\nr = (a.z, d['w'], list(d))",
          "(5, 1, ['z', 'w'])" },
        { "class A:\n    k = 1\nclass B(A): pass\nb = B()\nB.k = 2\nr = (b.k, A.k)",
          "(2, 1)" },
        { "class A: pass\nr = repr(A)[:20] + ' ' + repr(int) + ' ' + str(None) + repr(...) + repr(NotImplemented)",
          "<class '__main__.A'> <class 'int'> NoneEllipsisNotImplemented" },
        { "class A:\n    def __repr__(self): return 'A!'\nr = (repr(A()), str(A()), f'{A()}')",
          "('A!', 'A!', 'A!')" },
        { "class A:\n    def __str__(self): return 'sA'\nr = str(A()) + repr(A())[:10]",
          "sA<__main__." },
        { "r = repr('a\\'b') + repr('x\\ny\\x00') + repr('\u00e9\u200b')",
          "\"a'b\"'x\\ny\\x00''\u00e9\\u200b'" },
        { "try:\n    raise KeyError('k')\nexcept LookupError as e:\n    r = (str(e), repr(e), e.args)",
          "(\"'k'\", \"KeyError('k')\", ('k',))" },
        { "e = OSError(2, 'No such file or directory', 'x')\nr = (type(e).__name__, str(e), e.errno, e.filename, e.args)",
          "('FileNotFoundError', \"[Errno 2] No such file or directory: 'x'\", 2, 'x', (2, 'No such file or directory'))" },
        { "class E(ValueError):\n    def __init__(self, a, b):\n        super().__init__(a)\n        self.b = b\ne = E(1, 2)\nr = (e.args, e.b, str(e), repr(e), isinstance(e, Exception))",
          "((1,), 2, '1', 'E(1)', True)" },
        { "r = (repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), SystemExit(3).code, StopIteration(5).value, str(KeyError()))",
          "('ValueError()', 'ValueError(1, 2)', '(1, 2)', 3, 5, '')" },
        { "try:\n    try:\n        1/0\n    except ZeroDivisionError as z:\n        raise ValueError('v') from z\nexcept ValueError as e:\n    r = (type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)",
          "('ZeroDivisionError', True, 'ZeroDivisionError')" },
        { "r = [c.__name__ for c in RecursionError.__mro__] + [IOError is OSError, issubclass(TabError, SyntaxError)]",
          "['RecursionError', 'RuntimeError', 'Exception', 'BaseException', 'object', True, True]" },
        { "class P:\n    def __init__(self): self._x = 1\n    @property\n    def x(self):\n        'doc x'\n        return self._x\n    @x.setter\n    def x(self, v): self._x = v * 2\np = P()\np.x = 5\nr = (p.x, P.x.__doc__, type(P.x).__name__)",
          "(10, 'doc x', 'property')" },
        { "class P:\n    @property\n    def x(self): return 1\ntry:\n    P().x = 2\nexcept AttributeError as e:\n    r = str(e)",
          "property 'x' of 'P' object has no setter" },
        { "class D:\n    def __get__(self, obj, owner): return ('get', obj is None, owner.__name__)\n    def __set__(self, obj, v): obj.__dict__['d'] = v * 10\nclass A:\n    d = D()\na = A()\na.d = 4\nr = (a.d, A.d, a.__dict__)",
          "(('get', False, 'A'), ('get', True, 'A'), {'d': 40})" },
        { "class N:\n    def __set_name__(self, owner, name): self.name = name\n    def __get__(self, obj, owner): return self.name\nclass A:\n    foo = N()\nr = A().foo",
          "foo" },
        { "class A:\n    @staticmethod\n    def s(x): return x + 1\n    @classmethod\n    def c(cls, x): return (cls.__name__, x)\nclass B(A): pass\nr = (A.s(1), A().s(2), B.c(3), B().c(4), type(A.__dict__['s']).__name__)",
          "(2, 3, ('B', 3), ('B', 4), 'staticmethod')" },
        { "class A:\n    def f(self): return ['A']\nclass B(A):\n    def f(self): return ['B'] + super().f()\nclass C(A):\n    def f(self): return ['C'] + super().f()\nclass D(B, C):\n    def f(self): return ['D'] + super().f()\nr = (D().f(), [k.__name__ for k in D.__mro__])",
          "(['D', 'B', 'C', 'A'], ['D', 'B', 'C', 'A', 'object'])" },
        { "class X: pass\nclass Y(X): pass\ntry:\n    class Z(X, Y): pass\nexcept TypeError as e:\n    r = str(e)",
          "Cannot create a consistent method resolution\norder (MRO) for bases X, Y" },
        { "class A:\n    @classmethod\n    def make(cls): return cls.__name__\nclass B(A):\n    @classmethod\n    def make(cls): return 'B>' + super().make()\nr = B.make()",
          "B>B" },
        { "class V:\n    def __init__(self, v): self.v = v\n    def __eq__(self, o): return isinstance(o, V) and self.v == o.v\n    def __lt__(self, o): return self.v < o.v\nr = (V(1) == V(1), V(1) != V(2), V(2) > V(1), sorted([V(3), V(1)])[0].v, V.__hash__)",
          "(True, True, True, 1, None)" },
        { "try:\n    1 < 'a'\nexcept TypeError as e:\n    r = str(e)",
          "'<' not supported between instances of 'int' and 'str'" },
        { "class A: pass\na = A()\nr = (a == a, a != A(), hash(a) == hash(a), hash(None) == hash(None), hash(True), hash(1.5) == hash(1.5))",
          "(True, True, True, True, 1, True)" },
        { "class L:\n    def __len__(self): return 0\nclass B:\n    def __bool__(self): return False\nr = (bool(L()), bool(B()), bool(object()), not None, bool(0.0), bool(''), bool((1,)))",
          "(False, False, True, True, False, False, True)" },
        { "class B:\n    def __bool__(self): return 1\ntry:\n    bool(B())\nexcept TypeError as e:\n    r = str(e)",
          "__bool__ should return bool, returned int" },
        { "class G:\n    def __getattr__(self, n): return n.upper()\ng = G()\ng.real = 1\nr = (g.foo, g.real, getattr(g, 'bar'))",
          "('FOO', 1, 'BAR')" },
        { "class S:\n    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)\ns = S()\ns.a = 2\nr = s.a",
          "4" },
        { "class A:\n    __slots__ = ('x', 'y')\na = A()\na.x = 1\ntry:\n    a.z = 3\nexcept AttributeError as e:\n    r = (str(e), hasattr(a, '__dict__'), a.x)",
          "(\"'A' object has no attribute 'z'\", False, 1)" },
        { "C = type('C', (), {'v': 7, 'f': lambda self: self.v * 2})\nr = (C().f(), C.__name__, type(C()).__name__, type(3).__name__, type(type).__name__)",
          "(14, 'C', 'C', 'int', 'type')" },
        { "class A: pass\ntry:\n    A(1)\nexcept TypeError as e:\n    r = str(e)",
          "A() takes no arguments" },
        { "class A:\n    def __new__(cls, x):\n        o = super().__new__(cls)\n        o.x = x\n        return o\nr = A(5).x",
          "5" },
        { "class L(list):\n    def total(self): return sum(self)\nl = L([1, 2, 3])\nl.tag = 't'\nr = (l.total(), l.tag, len(l), isinstance(l, list))",
          "(6, 't', 3, True)" },
        { "class Base:\n    subs = []\n    def __init_subclass__(cls, tag=None, **kw):\n        super().__init_subclass__(**kw)\n        Base.subs.append((cls.__name__, tag))\nclass K(Base, tag='k'): pass\nr = Base.subs",
          "[('K', 'k')]" },
        { "class A:\n    x = 1\ntry:\n    A.nope\nexcept AttributeError as e:\n    r = str(e)",
          "type object 'A' has no attribute 'nope'" },
        { "class A: pass\nclass B: pass\na = A()\na.__class__ = B\nr = type(a).__name__",
          "B" },
        { "class I(int):\n    def double(self): return self * 2\ni = I(21)\nr = (i, i.double(), type(i).__name__, i == 21, hash(i) == hash(21), bool(I(0)), type(int(i)).__name__)",
          "(21, 42, 'I', True, True, False, 'int')" },
        { "class S(str):\n    def shout(self): return self.upper() + '!'\ns = S('hi')\nr = (s, s.shout(), len(s), s == 'hi', {'hi': 1}[s], type(str(s)).__name__)",
          "('hi', 'HI!', 2, True, 1, 'str')" },
        { "class T(tuple):\n    def __new__(cls, x, y): return super().__new__(cls, (x, y))\n    @property\n    def x(self): return self[0]\nt = T(3, 4)\nr = (t, t.x, t == (3, 4), len(t), type(t).__name__)",
          "((3, 4), 3, True, 2, 'T')" },
        { "class C(float):\n    def __repr__(self): return f'C({float(self)})'\nr = (repr(C(1.5)), str(C(1.5)), C(1.5) + 1)",
          "('C(1.5)', 'C(1.5)', 2.5)" },
        { "class V(int):\n    def __eq__(self, o): return 'eq'\ntry:\n    hash(V(1))\nexcept TypeError as e:\n    r = (V(1) == 2, str(e))",
          "('eq', \"unhashable type: 'V'\")" },
        { "r = (type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)",
          "(True, True, True)" },
        { "class P:\n    __slots__ = ('x', 'y')\n    kind = 'k'\np = P()\np.x = 1\ntry:\n    p.y\nexcept AttributeError as e:\n    a = str(e)\ntry:\n    p.kind = 2\nexcept AttributeError as e:\n    b = str(e)\nclass Q(P): pass\nq = Q()\nq.x = 5\nq.z = 6\nr = (a, b, hasattr(P, 'x'), q.__dict__, q.x)",
          "(\"'P' object has no attribute 'y'\", \"'P' object attribute 'kind' is read-only\", True, {'z': 6}, 5)" },
        { "class A:\n    def __getattribute__(self, n):\n        if n == 'magic': return 42\n        return super().__getattribute__(n)\na = A()\na.v = 1\ntry:\n    a.nope\nexcept AttributeError as e:\n    m = str(e)\nr = (a.magic, a.v, m)",
          "(42, 1, \"'A' object has no attribute 'nope'\")" },
        { "class A:\n    def f(self): return 1\nclass B(A):\n    def f(self): return A.f(self) + 10\nr = (B().f(), B.f.__qualname__, A.__init__ is object.__init__)",
          "(11, 'B.f', True)" },
        { "r = (str(OSError(2, 'x')), repr(StopIteration(1)), SystemExit(1, 2).code, str(SyntaxError('bad', ('f.py', 3, 1, 'x'))))",
          "('[Errno 2] x', 'StopIteration(1)', (1, 2), 'bad (f.py, line 3)')" },
        { "class A: pass\na = A()\na.x = 1\na.__dict__ = {'y': 2}\nr = (a.y, hasattr(a, 'x'), vars(a))",
          "(2, False, {'y': 2})" },
        { "try:\n    class I(x=1): pass\nexcept TypeError as e:\n    r = str(e)",
          "I.__init_subclass__() takes no keyword arguments" },
        { "e = ValueError('v')\ne.add_note('n1')\nr = (e.__notes__, e.with_traceback(None) is e, e.__traceback__)",
          "(['n1'], True, None)" },
        { "class A:\n    def __init__(self): self.a = 1\n    def __setattr__(self, k, v): super().__setattr__(k, v + 1)\nr = A().a",
          "2" },
        { "class B: pass\nB.m = lambda self: 'm'\nb = B()\nb.m2 = lambda: 'i'\nr = (b.m(), b.m2(), sorted(k for k in vars(B) if not k.startswith('__')))",
          "('m', 'i', ['m'])" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BehavesAsCPython(string source, string expected) => Assert.Equal(expected, vm.Run(() => Eval(source)));

    /// Runs source as a module and returns str(r), or the guest exception that escaped
    /// (converted here: a PyException cannot be inspected off the VM's thread).
    private static string Eval(string source)
    {
        try
        {
            return RunForResult(source);
        }
        catch (PyException e)
        {
            return $"uncaught {e.Type.Name}: {Ops.StrOf(e.Exc)}";
        }
    }

    private static string RunForResult(string source) => GuestEval.StrOfResult(source);
}
