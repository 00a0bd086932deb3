# (async/await, match, complex literals and except* are unsupported by stmvm: tested separately.)
# Generates syntax_errors.jsonl: each case compiled by CPython 3.11, its SyntaxError
# (kind, msg, lineno, offset) recorded. Run by hand: python3 gen_syntax_errors.py
import json, sys
cases = [
    'x = (1 +\n\ny = 2\n', 'x = 1 +\ny=3\ns="abc\n', 'x = $', 'if x:\npass', 'x=1\n  y=2', 'if x:\n    a\n  b',
    '1abc', '0x', '1_', '09', 'a = (]', 'a = )', 'f(a=1, 2)', 'def f(a=1, b): pass', '1 = x', 'f() = 3',
    'return 1', 'break', 'continue', 'yield 1', 'print 1', 'a b', 'if x\n  pass', 'x = [1,\n2', 'x = 5 # (\n)',
    's = """abc\n\n', "s = 'abc\n", 'f(x for x in y, 1)', 'nonlocal x', 'def f():\n  x=1\n  global x',
    'def f():\n  nonlocal y', 'def f():\n  print(x)\n  global x', "x = b'\u00e9'", 'del f()', '(a, b) += 1', 'x() += 1',
    '(a, 1) = x', 'for 1 in x: pass', 'with a as 1: pass', 'True = 1', 'x + 1 = 2', 'a, f() = 1', '[x for 1 in y]',
    'del 1', 'del (a, f())', 'f(True=1)', 'x = 1 = 2', 'if x = 1: pass', 'while x = 1: pass', 'def f(*): pass',
    'def f(a, a): pass', '*a = 1', 'a, *b, *c = d', 'except: pass', 'try:\n  pass\nx=1',
    'try:\n  pass\nexcept: pass\nexcept ValueError: pass', 'try:\n pass\nexcept A, B: pass', 'from x import a,',
    'def f(a, /, b, /): pass', 'def f(*, a, /): pass', 'def f(**k, a): pass', 'x = yield = 3', '(a, b): int',
    'lambda x=1, y: 0', 'x = [1 2]', 'f(1 2)', '{1 2}', '(1 2)', 'import a.b.c as', 'x := 1',
    'def f(): x = 1; nonlocal x', 'def f(x):\n  global x', 'print "hi"', 'else: pass', 'if x:\n  pass\n else: pass',
    'x = 1 if 2', 'f"{}"', 'f"{a!x}"', 'f"{a"', "f'}'", 'class C: return 1', 'x = {1:}', 'a[1:2:3:4]', '@dec\nx = 1',
    'f(**x, *y)', 'f(**x, y)', 'for x in range(3):\n    pass\n  x = 1', 'def f():\n    x = 1\n  y = 2',
    'while True:\npass', 'for x in y:\nz', 'def f():\nreturn', 'class A:\nx = 1', 'try:\nx', 'with a:\nb',
    'if a:\n  pass\nelif b:\nc', 'if a:\n  pass\nelse:\nc', 'try:\n  a\nexcept:\nb', 'try:\n  a\nfinally:\nb',
    'x = 1\nif x:\n    y = 2\n   z = 3', 'def f(x):\n  nonlocal x', 'def f():\n  def g():\n    nonlocal z',
    'class C:\n  nonlocal x', 'x = (yield)', 'def f():\n  x = [(yield i) for i in y]', 'x = "abc\\\n',
    "x = '''abc", 'x = 0b12', 'x = 0o8', 'x = 0xg', 'x = 1__0', 'x = 1e', 'x = 1.0e+', "x = '\\x4'",
    "x = b'\\x4'", "x = '\\u12'", "a = 1\n\tb = 2", 'if x:\n\tif y:\n        pass', 'x = (1, 2]', 'x = [1, 2)',
    'f(a,\n  b]', 'x = }', 'del x + 1', 'x + 1 += 1', 'a.b += 1\nf() += 2', 'import *', 'from . import *\ndef f():\n  from m import *',
    'def f():\n  x: int = 1\n  global x', 'x = [i for i in range(3) if (j := i) for j in y]',
    'class C:\n  [y := 1 for i in x]', 'def f(a, b, a=1): pass', 'lambda a, a: 0', 'f(x=1, x=2)', 'f(1=2)',
    'x = 1 +* 2', 'x = not', 'def f(:\n  pass', 'class', 'def', 'x = [', 'x = (', 'x = {', '(', ')', 'pass\n  pass',
    'if True:\n    pass\n  else:\n    pass', 'assert', 'raise from x', 'import', 'from x import', 'from import x',
    'global', 'x = 1 if else 2', 'x = lambda: yield', 'a = 1; ; b = 2', 'for x in : pass', 'while : pass',
    'def f():\n    return\n        x', 'x = f"{a b}"', 'x = f"{x!}"', 'x = f"{#}"',
    'x = f"{x:{y:{z}}}"', "x = f'{\"a\"}'", "x = 'a' b'b'", 'x = @', 'x = 1 2', 'x = a.1', 'x = a.', 'x = .a',
    'def f(x, *, **k): pass', 'def f(*a, *b): pass', 'def f(*a=1): pass', 'def f(**k=1): pass',
    'nonlocal x\nx = 1', 'def f():\n  global x\n  nonlocal x', 'del *a', '*a, = 1\n*b', 'print(*a for a in b)',
    'x = yield from', 'class A(x for x in y): pass', 'f(a for a in b for)', "u'abc' f'x'", 'x = 1\n\n\n  y',
]
with open('syntax_errors.jsonl', 'w') as out:
    for src in cases:
        try:
            compile(src, 't.py', 'exec')
            rec = {'src': src, 'ok': True}
        except SyntaxError as e:
            rec = {'src': src, 'ok': False, 'kind': type(e).__name__, 'msg': e.msg, 'line': e.lineno, 'offset': e.offset}
        out.write(json.dumps(rec) + '\n')
print(len(cases))
