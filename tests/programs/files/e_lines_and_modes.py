# Files: line iteration without trailing newline, readline sizes, read after EOF, mode errors and closed-file errors.
from _tmpfiles import private_names

name, = private_names("e_lines_and_modes", "data.txt")
with open(name, "w", encoding="utf-8") as f:
    f.write("alpha\nbeta\n\ngamma")
with open(name, encoding="utf-8") as f:
    print([line for line in f])
with open(name, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    print(repr(f.read()), repr(f.read(5)))
with open(name, encoding="utf-8") as f:
    print(f.readlines(), f.readlines())
with open(name, encoding="utf-8") as f:
    print(repr(f.read(3)), repr(f.read(0)), repr(f.read(100)), f.tell() > 0)
f = open(name, encoding="utf-8")
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: list(f), lambda: f.write("x")]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
with open(name, encoding="utf-8") as f:
    try:
        f.write("nope")
    except OSError as e:
        print(type(e).__name__, e)
with open(name, "a", encoding="utf-8") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    f.write("\ndelta")
with open(name, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines, len(lines), [len(l) for l in lines])
for mode in ["rw", "x+r", "q", "rb+t", ""]:
    try:
        open(name, mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
with open(name, "rb") as f:
    data = f.read()
print(data, data.count(b"\n"), data.decode("utf-8").split("\n")[-1])
