# Newline handling: universal newlines on read (newline=None), newline="" keeps "\r\n" and
# "\r", newline="\n"/"\r"/"\r\n" split only there; on write "\n" is written as is, or as
# newline when it is "\r" or "\r\n".
from _tmpfiles import private_names

name, = private_names("newlines", "a.txt")

with open(name, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(name, newline=newline) as f:
        lines = f.readlines()
    with open(name, newline=newline) as f:
        whole = f.read()
    print(repr(newline), lines, repr(whole))

with open(name) as f:
    print(repr(f.read(5)), repr(f.read(8)), repr(f.read(4)), repr(f.read()))
with open(name) as f:
    print([f.readline(3) for _ in range(6)])

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(name, "w", newline=newline) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(name, "rb") as f:
        print(repr(newline), f.read())

# A "\r\n" split by the end of an 8 KiB chunk is still one line end.
with open(name, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y\r\n" * 3)
with open(name) as f:
    lines = f.readlines()
print(len(lines), len(lines[0]), lines[1:])
with open(name, newline="") as f:
    print([len(line) for line in f])
