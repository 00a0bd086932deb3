# Appending: "a" adds at the end, "a+" reads too, "x" refuses an existing file, "r+" and "w+"
# read and write the same file.
from _tmpfiles import private_names

name, = private_names("append", "a.txt")

with open(name, "w") as f:
    f.write("one\n")
for word in ["two", "three"]:
    with open(name, "a") as f:
        print(f.tell(), f.write(word + "\n"), f.tell())
with open(name) as f:
    print(f.read().split())

with open(name, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("four\n")
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    f.write("five\n")
    print(f.tell())
with open(name) as f:
    print(f.read().split())

try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == name, isinstance(e, OSError))
try:
    open(name, "xb")
except OSError as e:
    print(type(e).__name__, str(e) == "[Errno 17] File exists: %r" % name)

with open(name, "r+") as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write("ONE")
    f.seek(0)
    print(repr(f.readline()), f.tell())
with open(name, "w+") as f:
    print(repr(f.read()), f.write("fresh\ncontent\n"), f.tell())
    f.seek(0)
    print(f.read().split(), f.mode, f.readable(), f.writable())
with open(name) as f:
    print(repr(f.read()))
