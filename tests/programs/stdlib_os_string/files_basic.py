# Creating, stat-ing, renaming and removing files; errors carry errno and file names.
import os

base = f"_tmp_files_basic_{os.getpid()}"
a, b = base + "_a.txt", base + "_b.txt"
with open(a, "w") as f:
    f.write("hello\n")
print(os.path.exists(a), os.path.isfile(a), os.path.isdir(a), os.path.getsize(a))
st = os.stat(a)
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__)
print(oct(st.st_mode & 0o170000), st.st_mtime >= st[8])
os.rename(a, b)
print(os.path.exists(a), os.path.exists(b))
with open(b) as f:
    print(repr(f.read()))
os.remove(b)
print(os.path.exists(b), os.path.isfile(b), os.path.getsize.__name__)

errors = [lambda: os.remove(b), lambda: os.unlink(b), lambda: os.stat(b), lambda: os.rename(a, b),
          lambda: os.path.getsize(b), lambda: os.remove("."), lambda: os.rmdir(b)]
for f in errors:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename.replace(base, "NAME"),
              None if e.filename2 is None else e.filename2.replace(base, "NAME"))
for bad in [lambda: os.stat(1.5), lambda: os.remove(None), lambda: os.stat("a\0b")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.stat(b)
except FileNotFoundError as e:
    print(str(e).replace(base, "NAME"))
