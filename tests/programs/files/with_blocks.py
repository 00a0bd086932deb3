# with-blocks: files are closed on the way out, also by an exception or a return; several
# files in one with; __enter__ returns the file itself.
from _tmpfiles import private_names

src, dst = private_names("with_blocks", "src.txt", "dst.txt")

with open(src, "w") as f:
    same = f.__enter__() is f
    for i in range(5):
        f.write("row %d\n" % i)
print(same, f.closed)


def first_line(path):
    with open(path) as handle:
        return handle.readline(), handle
line, handle = first_line(src)
print(repr(line), handle.closed)

try:
    with open(src) as f:
        f.readline()
        raise KeyError("boom")
except KeyError as e:
    print("caught", e, f.closed)

with open(src) as fin, open(dst, "w") as fout:
    for number, row in enumerate(fin):
        fout.write("%d: %s" % (number, row.upper()))
print(fin.closed, fout.closed)
with open(dst) as f:
    print(f.read(), end="")

result = open(src).__exit__(None, None, None)
print(result)
f = open(dst)
print(f.__exit__(ValueError, ValueError("x"), None), f.closed)

for i in range(3):
    with open(dst, "a") as out:
        print("appended", i, file=out)
with open(dst) as f:
    print(f.read().splitlines()[-3:])

with open(src, "rb") as bf, open(dst, "wb") as bout:
    bout.write(bf.read()[::-1])
print(bf.closed, bout.closed)
with open(dst, "rb") as f:
    print(f.read(12))
