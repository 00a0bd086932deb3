# Buffered writes reach the file on flush(), close(), a newline with buffering=1, or
# print(..., flush=True); unbuffered binary writes at once. Files share the class of sys.stdout.
import sys
from _tmpfiles import private_names

name, = private_names("buffering", "a.txt")


def contents():
    with open(name) as r:
        return r.read()


w = open(name, "w")
w.write("pending")
print(repr(contents()))
w.flush()
print(repr(contents()))
print(" and more", file=w, flush=True)
print(repr(contents()))
w.write("after")
w.close()
print(repr(contents()))

lb = open(name, "w", buffering=1)
print(lb.line_buffering)
lb.write("no newline")
print(repr(contents()))
lb.write(" now\n")
print(repr(contents()))
lb.close()

b = open(name, "wb")
b.write(b"abc")
print(repr(contents()))
b.flush()
print(repr(contents()))
b.close()
u = open(name, "ab", buffering=0)
u.write(b"def")
print(repr(contents()))
u.close()

f = open(name)
print(type(sys.stdout).__name__, type(f) is type(sys.stdout), isinstance(sys.stderr, type(f)))
f.close()
sys.stdout.writelines(["written ", "by writelines\n"])
print(sys.stdout.closed, sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdin.mode)
