# Binary files: bytes in and out, read(n), readline, iteration, bytearray, seek/tell with
# whence, truncate, read1/peek/readinto, unbuffered FileIO, the classes and their reprs.
from _tmpfiles import private_names

name, = private_names("binary", "a.bin")
data = bytes(range(256)) + b"line one\nline two\r\nend"

with open(name, "wb") as f:
    print(type(f).__name__, f.mode, repr(f).replace(name, "NAME"))
    print(f.write(data[:100]), f.write(bytearray(data[100:200])), f.write(data[200:]), f.tell())
    f.writelines([b"\n", bytearray(b"tail\n")])
print(f.closed, repr(f).replace(name, "NAME"))

with open(name, "rb") as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
    print(f.read(4), f.read(0), f.tell(), len(f.read(250)), f.tell())
    print(f.readline(), f.readline(4), f.readline(), f.readline())
    print(f.readline(), f.read(), f.read(10), f.tell())
    print(f.seek(0), f.read1(3), f.peek(2)[:2], f.read(2))
    buf = bytearray(5)
    print(f.readinto(buf), buf, f.seek(-3, 2), f.read(), f.seek(-10, 1), f.read(4))
with open(name, "rb") as f:
    whole = f.read()
print(len(whole), whole == data + b"\ntail\n")
with open(name, "rb") as f:
    f.seek(256)
    print([line for line in f])
with open(name, "rb") as f:
    print(len(f.readlines()), f.readlines())

with open(name, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell())
    f.write(b"XYZ")
    print(f.tell(), f.read(3), f.seek(0, 2), f.truncate(270), f.tell())
    f.seek(0)
    print(f.read(8), len(f.read()))
with open(name, "ab") as f:
    print(type(f).__name__, f.mode, f.tell(), f.write(b"+more"), f.tell())
with open(name, "rb") as f:
    print(f.read()[-20:])
with open(name, "w+b") as f:
    print(f.mode, f.read(), f.write(b"abc"), f.seek(0), f.read(), f.truncate(1), f.tell())
with open(name, "rb") as f:
    print(f.read())

f = open(name, "r+b", buffering=0)
print(type(f).__name__, f.mode, repr(f).replace(name, "NAME"), f.closefd)
print(f.write(b"hello\nworld\n"), f.seek(0), f.read(3), f.readline(), f.readall(), f.tell())
f.close()
print(repr(f), f.closed)
with open(name, "rb", 0) as f:
    print(list(f), f.read())
