using System.Text;

namespace Stmvm.Corpus.Tests;

/// <summary>
/// Runtime abuse for <see cref="RobustnessTests"/>: programs that compile but then exhaust the
/// heap or the stack, ask for huge sizes, recurse through native paths and dunders, mutate
/// containers while iterating them, re-enter generators, or evaluate random expressions. Fixed
/// cases carry CPython 3.11's exit code and last stderr line (where CPython itself crashes, as
/// with a huge recursion limit, the line stmvm must print instead); generated ones are checked
/// like the random mutations (no .NET failure, exit 0/1/2 with an exception line, else python3
/// decides).
/// </summary>
public static class RobustnessRuntimeCases
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    private const string Recursion = "RecursionError: maximum recursion depth exceeded";

    /// <summary>A small heap so that exhausting it takes a moment, not a minute (and little RAM).</summary>
    private static readonly string[] SmallHeap = { "--heap-limit", "64" };

    public static IEnumerable<RobustnessTests.FuzzCase> Fixed()
    {
        var list = new List<(string Name, string Source, int Exit, string Last, string[]? Flags)>
        {
            // the stack: CPython 3.11 segfaults on the first one, stmvm raises RecursionError
            ("rt-recursionlimit-huge", "import sys\nsys.setrecursionlimit(10 ** 9)\ndef f(n):\n    return f(n + 1)\nf(0)\n", 1, Recursion, null),
            ("rt-deep-list-str", "x = []\nfor i in range(5000):\n    x = [x]\nprint(str(x))\n", 1, Recursion + " while getting the repr of an object", null),
            // a huge limit: CPython prints these in 1-2 s (nested reprs once copied every level's string: minutes)
            ("rt-deep-list-repr-huge-limit", "import sys\nsys.setrecursionlimit(10 ** 9)\nx = []\nfor i in range(50000):\n    x = [x]\nprint(len(str(x)))\n", 0, "", null),
            ("rt-deep-repr-huge-limit", "import sys\nsys.setrecursionlimit(10 ** 9)\nx = []\nfor i in range(20000):\n    k = i % 5\n" +
                "    x = [x] if k == 0 else (x,) if k == 1 else {1: x} if k == 2 else {'a': [x, 1]} if k == 3 else [1, (x, 2)]\nprint(len(repr(x)), len(str(x)))\n", 0, "", null),
            ("rt-deep-dict-repr", "d = {}\nfor i in range(5000):\n    d = {1: d}\nprint(d)\n", 1, Recursion + " while getting the repr of an object", null),
            ("rt-deep-tuple-lt", "x = ()\ny = ()\nfor i in range(5000):\n    x = (x,)\n    y = (y, 1)\nprint(x < y)\n", 1, Recursion + " in comparison", null),
            ("rt-deep-isinstance", "t = int\nfor i in range(100000):\n    t = (t,)\nprint(isinstance(1, t))\n", 1, Recursion + " in __instancecheck__", null),
            ("rt-deep-tuple-hash", "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(hash(t) == hash(t))\n", 0, "", null),
            ("rt-self-recursion-eq", "class C:\n    def __eq__(self, o):\n        return self == o\nprint(C() == 1)\n", 1, Recursion, null),
            ("rt-self-recursion-getattr", "class E:\n    def __getattr__(self, n):\n        return getattr(self, n)\nprint(E().x)\n", 1, Recursion, null),
            ("rt-self-recursion-hash", "class D:\n    def __hash__(self):\n        return hash(self)\nprint({D()})\n", 1, Recursion, null),
            ("rt-sort-key-recursion", "def key(x):\n    return sorted([x], key=key)\nprint(sorted([1, 2], key=key))\n", 1, Recursion, null),
            ("rt-recursion-try-finally", "n = 0\ndef f():\n    global n\n    try:\n        f()\n    finally:\n        n += 1\ntry:\n    f()\nexcept RecursionError as e:\n    print(n > 900, e)\n", 0, "", null),
            ("rt-recursion-except-reraise", "def f(k):\n    try:\n        return f(k + 1)\n    except RecursionError:\n        raise\nf(0)\n", 1, Recursion, null),
            ("rt-generator-recursion", "def g():\n    yield from g()\nprint(list(g()))\n", 1, Recursion, null),
            // sizes
            ("rt-center-ssize", "print('x'.center(2 ** 63))\n", 1, "OverflowError: Python int too large to convert to C ssize_t", null),
            ("rt-format-width-huge", "print(format(1, '>1000000000000'))\n", 1, "MemoryError", null),
            ("rt-format-width-overflow", "print(format(1, '99999999999999999999'))\n", 1, "ValueError: Too many decimal digits in format string", null),
            ("rt-percent-star-huge", "print('%*d' % (10 ** 12, 1))\n", 1, "MemoryError", null),
            ("rt-percent-precision-int", "print('%.*f' % (10 ** 10, 1.0))\n", 1, "OverflowError: Python int too large to convert to C int", null),
            ("rt-list-repeat-huge", "print(len([0] * 10 ** 12))\n", 1, "MemoryError", null),
            ("rt-list-repeat-ssize", "print(len([0] * 2 ** 63))\n", 1, "OverflowError: cannot fit 'int' into an index-sized integer", null),
            ("rt-str-repeat-huge", "print(len('a' * 10 ** 12))\n", 1, "MemoryError", null),
            ("rt-str-repeat-overflow", "print(len('ab' * 2 ** 62))\n", 1, "OverflowError: repeated string is too long", null),
            ("rt-bytes-repeat-overflow", "print(len(b'ab' * 2 ** 62))\n", 1, "OverflowError: repeated bytes are too long", null),
            ("rt-empty-repeat-huge", "print(len([] * 10 ** 18), len(() * 10 ** 18), len('' * 10 ** 18))\n", 0, "", null),
            ("rt-bytes-huge", "print(len(bytes(10 ** 12)))\n", 1, "MemoryError", null),
            ("rt-bytearray-huge", "print(len(bytearray(10 ** 12)))\n", 1, "MemoryError", null),
            ("rt-list-range-huge", "print(len(list(range(10 ** 12))))\n", 1, "MemoryError", null),
            ("rt-list-range-ssize", "print(len(list(range(10 ** 20))))\n", 1, "OverflowError: Python int too large to convert to C ssize_t", null),
            ("rt-expandtabs-int", "print('a\\tb'.expandtabs(2 ** 31))\n", 1, "OverflowError: Python int too large to convert to C int", null),
            ("rt-zfill-huge", "print(len('1'.zfill(10 ** 12)))\n", 1, "MemoryError", null),
            ("rt-lshift-huge", "print((1 << 10 ** 12).bit_length())\n", 1, "MemoryError", null),
            ("rt-lshift-overflow", "print((1 << 10 ** 30).bit_length())\n", 1, "OverflowError: too many digits in integer", null),
            // the int<->str digit limit
            ("rt-int-digits", "print(int('9' * 5000))\n", 1,
                "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit", null),
            ("rt-str-digits", "print(str(10 ** 5000))\n", 1,
                "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", null),
            ("rt-int-digits-million", "print(int('9' * 10 ** 7))\n", 1,
                "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 10000000 digits; use sys.set_int_max_str_digits() to increase the limit", null),
            ("rt-hex-million", "print(int('f' * 10 ** 6, 16).bit_length())\n", 0, "", null),
            ("rt-set-int-digits", "import sys\nsys.set_int_max_str_digits(5000)\nprint(len(str(int('9' * 5000))), sys.get_int_max_str_digits())\nsys.set_int_max_str_digits(100)\n", 1,
                "ValueError: maxdigits must be 0 or larger than 640", null),
            // the heap
            ("rt-heap-growth", "l = []\nwhile True:\n    l.append('x' * 10 ** 6)\n", 1, "MemoryError", SmallHeap),
            ("rt-heap-growth-small", "l = []\nwhile True:\n    l.append([0] * 1000)\n", 1, "MemoryError", SmallHeap),
            ("rt-heap-growth-caught", "l = []\ntry:\n    while True:\n        l.append('x' * 10 ** 5)\nexcept MemoryError as e:\n    l = None\n    print('caught', repr(e))\nm = [0] * 1000\nprint(len(m))\n", 0, "", SmallHeap),
            ("rt-heap-growth-dict", "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 10\n    i += 1\n", 1, "MemoryError", SmallHeap),
        };
        var i = 0;
        foreach (var (name, source, exit, last, flags) in list)
        {
            var mode = i++ % 4 == 3 ? "stm" : "nostm";
            var bytes = B(source);
            yield return new RobustnessTests.FuzzCase("fixed:" + name, $"fixed case '{name}' ({bytes.Length} bytes)", bytes, mode, exit, last, flags);
        }
    }

    // ---------------------------------------------------------------- generated programs

    private static readonly string[] Templates =
    {
        // mutation while iterating
        "d = {K}\nfor k in d:\n    d[k + 1000] = 1\n",
        "d = {K}\nfor k in d:\n    del d[k]\n",
        "s = set({L})\nfor x in s:\n    s.add(x + 1000)\n",
        "s = set({L})\nfor x in s:\n    s.discard(x)\n",
        "l = {L}\nfor x in l:\n    l.append(x)\n    if len(l) > {N}: break\nprint(len(l))\n",
        "l = {L}\nfor x in l:\n    l.remove(x)\nprint(l)\n",
        "d = {K}\nfor k, v in d.items():\n    d.pop(k)\n",
        "d = {K}\nit = iter(d.values())\nd.clear()\nprint(list(it))\n",
        // generators
        "def g():\n    yield next(it)\nit = g()\nprint(next(it))\n",
        "def g():\n    it.send(None)\n    yield 1\nit = g()\nnext(it)\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\nit = g()\nnext(it)\nit.close()\n",
        "def g():\n    yield from range({N})\n    raise StopIteration\nprint(sum(g()))\n",
        "def g():\n    x = yield\n    it.throw(ValueError)\nit = g()\nnext(it)\nit.send(1)\n",
        // recursion through dunders and natives
        "class A:\n    def __repr__(self):\n        return repr([self] * {S})\nprint(A())\n",
        "class A:\n    def __lt__(self, o):\n        return sorted([o, self])\nprint(sorted([A(), A()]))\n",
        "class A:\n    def __len__(self):\n        return len(self)\nprint(len(A()))\n",
        "class A:\n    def __iter__(self):\n        return iter(self)\nprint(list(A()))\n",
        "class A:\n    def __bool__(self):\n        return not self\nprint(bool(A()))\n",
        "class A:\n    def __getitem__(self, i):\n        return self[i + 1]\nprint(A()[0])\n",
        "class A:\n    def __getattribute__(self, n):\n        return self.x\nprint(A().y)\n",
        "class A:\n    def __index__(self):\n        return [0][self]\nprint([1][A()])\n",
        "class A:\n    def __str__(self):\n        return '%s' % self\nprint(A())\n",
        "class A:\n    def __format__(self, spec):\n        return f'{self}'\nprint(f'{A()}')\n",
        "def f(n):\n    try:\n        return f(n + 1)\n    finally:\n        {F}\nf(0)\n",
        "import sys\nsys.setrecursionlimit({R})\ndef f(n):\n    return f(n + 1) if n < {D} else n\nprint(f(0))\n",
        "import sys\nsys.setrecursionlimit({R})\nx = []\nfor i in range({D}):\n    x = [x]\nprint(len(str(x)))\n",
        // deep nesting of every container through the native recursions (repr, ==, <, hash,
        // deepcopy, json), with a small or a huge recursion limit
        "import sys, copy, json\nfrom collections import deque\nsys.setrecursionlimit({R})\nx = {LEAF}\nfor i in range({D}):\n    x = {NEST}\nprint({DEEPOP})\n",
        "import json\nprint(len(str(json.loads('[' * {D} + ']' * {D}))))\n",
        "import json\nprint(len(str(json.loads('{\\\"a\\\": ' * {D} + '1' + '}' * {D}))))\n",
        "class A:\n    def __repr__(self):\n        return repr({NEST0})\nprint(A())\n",
        "class A:\n    @property\n    def x(self):\n        return self.x\nprint(A().x)\n",
        "class D(dict):\n    def __missing__(self, k):\n        return self[k + 1]\nprint(D()[0])\n",
        "class A:\n    def __contains__(self, x):\n        return x in self\nprint(1 in A())\n",
        "class A:\n    def __setattr__(self, n, v):\n        setattr(self, n, v)\nA().x = 1\n",
        "class A:\n    def __eq__(self, o):\n        return [self] == [o]\nprint(A() == A())\n",
        "class A:\n    def __hash__(self):\n        return hash((self,))\nprint(hash(A()))\n",
        "class A:\n    def __iter__(self):\n        yield from self\nprint(list(A()))\n",
        "class A:\n    def __call__(self, *a):\n        return self(*a)\nA()()\n",
        "class A:\n    def __lt__(self, o):\n        return o > self\n    def __gt__(self, o):\n        return o < self\nprint(A() < A())\n",
        "class A:\n    def __getattr__(self, n):\n        return len(self)\n    def __len__(self):\n        return self.n\nprint(len(A()))\n",
        "class A:\n    def __format__(self, spec):\n        return format(self, spec)\nprint(format(A(), 'x'))\n",
        // mutation from a __repr__/__eq__/key while a native loop runs over the container
        "d = {K}\nclass A:\n    def __repr__(self):\n        d[len(d) + 100] = [d]\n        return 'A'\nd[-1] = A()\nprint(len(repr(d)) > 0)\n",
        "l = {L}\nclass A:\n    def __repr__(self):\n        if len(l) < 5000:\n            l.extend(l)\n        return 'A'\nl.append(A())\nprint(len(repr(l)) > 0)\n",
        "s = set({L})\nclass A:\n    def __repr__(self):\n        s.clear()\n        return repr(s)\ns.add(A())\nprint(repr(s))\n",
        "d = {K}\nclass A:\n    def __eq__(self, o):\n        d.clear()\n        return False\n    def __hash__(self):\n        return 0\nd[A()] = 1\nd[A()] = 2\nprint(len(d))\n",
        "l = {L}\nclass A:\n    def __eq__(self, o):\n        l.clear()\n        return False\nprint(A() in l, l.count(A()))\nprint(l.index(A()))\n",
        "l = list(range({N}))\nl.sort(key=lambda x: l.append(x) or x)\nprint(l)\n",
        "l = list(range({N}))\nprint(sorted(l, key=lambda x: l.clear() or -x))\n",
        // self-referencing containers
        "l = {L}\nl.append(l)\nd = {K}\nd[0] = d\nd[1] = l\nl.append(d)\nprint(l, d)\nprint(l == l, repr(d)[:20])\n",
        "l = []\nl.append(l)\nm = []\nm.append(m)\nprint(l == m)\n",
        "t = ([],)\nt[0].append(t)\nprint(t, len(str(t)))\n",
        // sizes
        "print(len({SEQ} * {BIG}))\n",
        "print(len('x'.{PAD}({BIG})))\n",
        "print(format({NUM}, '{ALIGN}{BIG}'))\n",
        "print(len('%{FLAG}*d' % ({BIG}, 1)))\n",
        "print(({NUM}).to_bytes({BIG}, 'little')[:3])\n",
        "print(len(list(range({BIG}))))\n",
        "print(len(f'{{NUM}:{ALIGN}{{BIG}}}'))\n",
        "print(len('{:{ALIGN}{}}'.format({NUM}, {BIG})))\n",
        "print(len('%{FLAG}{W}d' % 1))\n",
        "print(len(format({NUM}, '{ALIGN}{W}')))\n",
        "print(len(format({NUM}, '.{W}f')))\n",
        "print(len('%.{W}f' % {NUM}))\n",
        "print(len(str({NUM}).rjust({BIG}, '*')))\n",
    };

    private static readonly string[] Bigs = { "10 ** 12", "2 ** 62", "2 ** 63", "2 ** 64", "-2 ** 63", "10 ** 30", "2 ** 31", "2 ** 31 - 1", "10 ** 10", "0", "-1" };

    /// One level of nesting around x, for the deep-nesting template.
    private static readonly string[] Nestings =
    {
        "[x]", "(x,)", "{1: x}", "{'k': [x, 1]}", "frozenset([x])", "deque([x])", "{1: x}.values()", "{1: x}.items()", "[1, (x, 2)]",
    };

    /// What is done with a deeply nested value.
    private static readonly string[] DeepOps =
    {
        "len(repr(x))", "len(str(x))", "x == x", "x == copy.deepcopy(x)", "len(json.dumps(x))", "hash(x) == hash(x)",
        "copy.deepcopy(x) is not x", "[x] < [x]", "len(f'{x!r:>10}')", "len(repr([x, x]))",
    };

    private static readonly string[] Finally = { "pass", "print(n)", "raise ValueError(n)", "f(n)", "return n", "[].pop()" };

    private static readonly string[] ExpressionAtoms =
    {
        "0", "1", "-1", "2 ** 64", "1.5", "float('inf')", "float('nan')", "''", "'ab'", "b'x'", "[]", "[1, 2]", "()", "(1,)",
        "{}", "{1: 2}", "set()", "None", "True", "range(3)", "len", "abs", "int", "str", "type", "object()", "...",
    };

    private static readonly string[] ExpressionForms =
    {
        "({0} + {1})", "({0} * {1})", "({0} - {1})", "({0} / {1})", "({0} // {1})", "({0} % {1})", "({0} ** {1})",
        "({0} << {1})", "({0} >> {1})", "({0} & {1})", "({0} | {1})", "({0} ^ {1})", "({0} < {1})", "({0} == {1})",
        "({0} in {1})", "({0} is {1})", "(not {0})", "(-{0})", "(~{0})", "{0}[{1}]", "{0}[{1}:{0}]", "{0}({1})",
        "len({0})", "repr({0})", "hash({0})", "iter({0})", "sorted({0})", "list({0})", "str({0})", "int({0})",
        "({0} if {1} else {0})", "[{0}, {1}]", "({0}, {1})", "{{{0}: {1}}}", "{{{0}}}", "divmod({0}, {1})",
        "pow({0}, {1}, {1})", "max({0}, {1})", "format({0}, {1})", "round({0}, {1})", "getattr({0}, {1})",
    };

    /// <summary>Generated programs; input i depends only on (seed, i).</summary>
    public static IEnumerable<RobustnessTests.FuzzCase> Random(int seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var rng = new Random(unchecked(seed * 1_000_033 + 7 * i + 3));
            string source, recipe;
            if (rng.Next(3) == 0)
            {
                var lines = new StringBuilder();
                var n = rng.Next(1, 6);
                for (var k = 0; k < n; k++)
                    lines.Append($"try:\n    print(repr({Expression(rng, 3)})[:200])\nexcept Exception as e:\n    print(type(e).__name__)\n");
                lines.Append($"print({Expression(rng, 4)})\n");
                (source, recipe) = (lines.ToString(), $"random expressions ({n + 1})");
            }
            else
            {
                var t = rng.Next(Templates.Length);
                source = Fill(Templates[t], rng);
                recipe = $"runtime template {t}";
            }
            var mode = i % 4 == 3 ? "stm" : "nostm";
            var bytes = B(source);
            yield return new RobustnessTests.FuzzCase($"runtime#{i}", $"seed {seed}, runtime input {i}: {recipe} ({bytes.Length} bytes)", bytes, mode);
        }
    }

    private static string Expression(Random rng, int depth)
    {
        if (depth == 0 || rng.Next(4) == 0)
            return ExpressionAtoms[rng.Next(ExpressionAtoms.Length)];
        var form = ExpressionForms[rng.Next(ExpressionForms.Length)];
        return string.Format(form, Expression(rng, depth - 1), Expression(rng, depth - 1));
    }

    private static string Fill(string template, Random rng)
    {
        var n = rng.Next(1, 8);
        var items = string.Join(", ", Enumerable.Range(0, n));
        return template
            .Replace("{K}", "{" + string.Join(", ", Enumerable.Range(0, n).Select(k => $"{k}: {k}")) + "}")
            .Replace("{L}", "[" + items + "]")
            .Replace("{N}", rng.Next(1, 50).ToString())
            .Replace("{S}", rng.Next(1, 4).ToString())
            .Replace("{F}", Finally[rng.Next(Finally.Length)])
            .Replace("{R}", new[] { "50", "1000", "5000", "100000", "10 ** 9" }[rng.Next(5)])
            .Replace("{D}", new[] { "10", "900", "4000", "50000" }[rng.Next(4)])
            .Replace("{SEQ}", new[] { "'ab'", "b'ab'", "[0]", "(0,)", "bytearray(b'a')", "''", "[]" }[rng.Next(7)])
            .Replace("{PAD}", new[] { "center", "ljust", "rjust", "zfill" }[rng.Next(4)])
            .Replace("{ALIGN}", new[] { ">", "<", "^", "0", "," }[rng.Next(5)])
            .Replace("{FLAG}", new[] { "", "-", "0", ".", "+" }[rng.Next(5)])
            .Replace("{NUM}", new[] { "1", "-1", "2 ** 70", "1.5", "0" }[rng.Next(5)])
            .Replace("{BIG}", Bigs[rng.Next(Bigs.Length)])
            .Replace("{W}", new[] { "1000000000000", "99999999999999999999", "2147483648", "2147483647", "100000", "0" }[rng.Next(6)])
            .Replace("{LEAF}", new[] { "0", "[]", "()", "{}", "'s'" }[rng.Next(5)])
            .Replace("{NEST0}", Nestings[rng.Next(5)].Replace("x", "self"))
            .Replace("{NEST}", Nestings[rng.Next(Nestings.Length)])
            .Replace("{DEEPOP}", DeepOps[rng.Next(DeepOps.Length)]);
    }
}
