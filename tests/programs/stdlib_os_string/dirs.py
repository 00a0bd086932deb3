# mkdir, makedirs, listdir, rmdir, removedirs and isdir, in private _tmp_ directories.
import os

top = f"_tmp_dirs_{os.getpid()}"
os.mkdir(top)
print(os.path.isdir(top), os.path.isfile(top), os.listdir(top))
for name in ["b.txt", "a.txt", "c.dat"]:
    with open(os.path.join(top, name), "w") as f:
        f.write(name)
os.mkdir(os.path.join(top, "sub"))
print(sorted(os.listdir(top)))
print(sorted(n for n in os.listdir(top) if os.path.isfile(os.path.join(top, n))))
deep = os.path.join(top, "x", "y", "z")
os.makedirs(deep)
print(os.path.isdir(deep), sorted(os.listdir(os.path.join(top, "x"))))
os.makedirs(deep, exist_ok=True)
for f in [lambda: os.makedirs(deep), lambda: os.mkdir(top), lambda: os.rmdir(top),
          lambda: os.listdir(os.path.join(top, "nope")), lambda: os.listdir(os.path.join(top, "a.txt"))]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename.replace(top, "TOP"))
print(type(os.listdir()).__name__, sorted(os.listdir(top.encode()))[:2])
os.removedirs(deep)
print(os.path.exists(os.path.join(top, "x")))
for name in ["a.txt", "b.txt", "c.dat"]:
    os.remove(os.path.join(top, name))
os.rmdir(os.path.join(top, "sub"))
print(os.listdir(top))
os.rmdir(top)
print(os.path.exists(top))
try:
    os.mkdir(5)
except TypeError as e:
    print(type(e).__name__, e)
