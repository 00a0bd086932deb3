# Errors of open() and of file objects, with CPython's types and messages.
from _tmpfiles import private_names

name, bad = private_names("errors", "a.txt", "bad.txt")
with open(name, "w") as f:
    f.write("text\n")


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
        print(label, "->", repr(result).replace(name, "NAME"))
        if hasattr(result, "close"):
            result.close()
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(name, "NAME"),
              isinstance(e, OSError), isinstance(e, ValueError))


attempt("missing", open, "_no_such_file.txt")
attempt("missing dir", open, "_no_such_dir/x.txt", "w")
attempt("bytes name", open, b"_no_such_file.txt")
attempt("directory", open, ".")
attempt("directory w", open, ".", "w")
for mode in ["q", "rw", "rr", "rbt", "b", "+", "", "U", "r++", "wx"]:
    attempt("mode %r" % mode, open, name, mode)
attempt("type mode", open, name, 3)
attempt("type file", open, None)
attempt("type file 2", open, 2.5)
attempt("null byte", open, "a\0b")
attempt("encoding b", open, name, "rb", encoding="utf-8")
attempt("errors b", open, name, "wb", errors="strict")
attempt("newline b", open, name, "rb", newline="")
attempt("newline", open, name, newline="x")
attempt("encoding", open, name, encoding="no-such-codec")
attempt("encoding type", open, name, encoding=1)
attempt("unbuffered text", open, name, buffering=0)
attempt("keyword", open, name, foo=1)
attempt("no file", open)
attempt("closefd", open, name, closefd=False)

f = open(name)
attempt("write on r", f.write, "x")
attempt("writelines on r", f.writelines, ["x"])
attempt("read type", f.read, "1")
attempt("readline type", f.readline, None)
attempt("read args", f.read, 1, 2)
f.close()
for method in ["read", "readline", "readlines", "tell", "flush", "fileno", "readable", "__iter__", "__enter__"]:
    attempt("closed " + method, getattr(f, method))
attempt("closed write", f.write, "x")
attempt("closed next", next, f)
attempt("closed seek", f.seek, 0)
attempt("close again", f.close)

g = open(name, "w")
attempt("write bytes", g.write, b"x")
attempt("write int", g.write, 5)
attempt("writelines bytes", g.writelines, ["ok", b"no"])
attempt("read on w", g.read)
attempt("next on w", next, g)
g.close()

b = open(name, "rb")
attempt("bin write on rb", b.write, b"x")
attempt("bin readline type", b.readline, "x")
b.close()
for method in ["read", "readline", "tell", "seek", "flush"]:
    attempt("bin closed " + method, getattr(b, method), *([0] if method == "seek" else []))
w = open(name, "wb")
attempt("bin write str", w.write, "text")
attempt("bin read on wb", w.read)
attempt("bin seek whence", w.seek, 0, 7)
attempt("bin seek negative", w.seek, -5)
w.close()
attempt("bin closed write", w.write, b"x")

with open(bad, "wb") as f:
    f.write(b"ok\n\xff\xfe bad\n")
attempt("decode", lambda: open(bad).read())
attempt("decode replace", lambda: open(bad, errors="replace").read())
attempt("decode latin-1", lambda: open(bad, encoding="latin-1").read())
attempt("encode", lambda: open(bad, "w", encoding="ascii").write("caf\xe9"))
