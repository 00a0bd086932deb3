# Positions in text files: tell() after reads and writes (byte offsets, UTF-8 aware),
# seek(cookie), seek(0, 2), and the limits CPython puts on text seeks.
from _tmpfiles import private_names

name, = private_names("seek_tell", "a.txt")

with open(name, "w", encoding="utf-8") as f:
    print(f.tell(), f.write("abc\n"), f.tell(), f.write("é€\n"), f.tell())
    f.write("line three\nfour\n")
    print(f.tell())

with open(name, encoding="utf-8") as f:
    marks = []
    while True:
        marks.append(f.tell())
        line = f.readline()
        if not line:
            break
    print(marks)
    for mark in reversed(marks):
        f.seek(mark)
        print(mark, repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()), f.seek(0), f.read(2), f.tell(), f.seek(0, 1), f.read(2))
    f.seek(4)
    print(repr(f.read(1)), f.tell(), repr(f.read(1)), f.tell())

with open(name, encoding="utf-8") as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        break
    print(repr(f.readline()))
    for line in f:
        pass
    print(f.tell())
    for args in [(1, 1), (-1, 2), (-1,), (0, 3), ("x",)]:
        try:
            f.seek(*args)
        except (ValueError, OSError, TypeError) as e:
            print(args, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))

with open(name, "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    f.write("five\n")
    f.seek(0)
    f.write("ABC")
    print(f.tell(), f.truncate(), f.tell())
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name, "w", encoding="latin-1") as f:
    print(f.write("ça va"), f.tell(), f.encoding)
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(repr(f.read()), f.tell())
