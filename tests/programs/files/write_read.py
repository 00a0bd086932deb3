# Text files: write with "w", read back with read/readline/readlines/iteration, write counts,
# writelines, print(file=...), attributes and reprs, UTF-8 content.
from _tmpfiles import private_names

name, = private_names("write_read", "a.txt")

f = open(name, "w", encoding="utf-8")
print(repr(f).replace(name, "NAME"), f.mode, f.encoding, f.closed, f.name == name)
print(f.write("first line\n"), f.write(""), f.write("héllo wörld ✓ €\n"))
f.writelines(["a\n", "b\n", "c"])
print(" then", 42, "and", [1, 2], file=f, sep="|")
print(f.writable(), f.readable(), f.seekable(), f.errors, f.newlines, f.line_buffering)
f.close()
print(f.closed, repr(f).replace(name, "NAME"))

with open(name, encoding="utf-8") as f:
    text = f.read()
print(repr(text), len(text), text.count("\n"))

with open(name, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.read(2)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()), f.readlines())

with open(name, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line), len(line))

with open(name, encoding="utf-8") as f:
    print(f.readlines(12))
    print(list(f))

with open(name, "rb") as f:
    raw = f.read()
print(len(raw), raw[11:30], raw.decode("utf-8") == text)

# Rewriting with "w" truncates.
with open(name, "w") as f:
    print(f.write("short"))
with open(name) as f:
    print(repr(f.read()))

# Many lines, past the 8 KiB chunks, with multi-byte characters across chunk borders.
lines = ["%d:%s\n" % (i, "é€" * (i % 7) + "x" * (i % 13)) for i in range(1500)]
with open(name, "w", encoding="utf-8") as f:
    for line in lines:
        f.write(line)
with open(name, encoding="utf-8") as f:
    back = f.readlines()
print(len(back), back == lines, back[777])
with open(name, encoding="utf-8") as f:
    total = 0
    while True:
        piece = f.read(1000)
        if not piece:
            break
        total += len(piece)
print(total, total == sum(len(line) for line in lines))
with open(name, encoding="utf-8") as f:
    print(sum(1 for _ in f), f.closed)
