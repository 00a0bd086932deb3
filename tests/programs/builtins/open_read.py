# open() for reading text and binary files next to the program (nothing is written).
with open("_open_read_data.txt") as f:
    text = f.read()
print(repr(text[:20]), len(text), text.count("\n"), f.closed)

with open("_open_read_data.txt", "r", encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))

f = open("_open_read_data.txt")
print(repr(f.readline()), repr(f.readline()), repr(f.read(5)))
rest = f.readlines()
print(len(rest), repr(rest[-1]), repr(f.read()), repr(f.readline()))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)

with open("_open_read_data.txt") as f:
    words = [w for line in f for w in line.split()]
print(words, max(words, key=len))

with open("_open_read_data.bin", "rb") as f:
    data = f.read()
print(data, type(data).__name__, len(data), list(data[:3]), data[3:6].decode("ascii"))
with open("_open_read_data.bin", "rb") as f:
    print(f.read(2), f.read(2), f.read())

for name in ["_no_such_file_here.txt"]:
    try:
        open(name)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    with open("_open_read_data.txt") as f:
        first = f.readline()
        raise RuntimeError("inside with: " + first.strip())
except RuntimeError as e:
    print(e, "| file closed afterwards:", f.closed)
