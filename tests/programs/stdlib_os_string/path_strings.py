# os.path on strings only: join, split, basename, dirname, splitext, normpath, isabs.
import os
import os.path
from os.path import join, split

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep)
print(join("a", "b", "c"), join("/a", "b"), join("a", "/b", "c"), join("a/", "b"), join("", "x"), join("a", ""))
print(split("/usr/lib/python3"), split("file.txt"), split("/"), split("a/b/"), split(""))
for p in ["/usr/lib/x.py", "x.py", "dir/", "/", "", ".hidden", "a/b.c/d", "archive.tar.gz"]:
    print(repr(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.splitext(p))
print(os.path.splitext(".bashrc"), os.path.splitext("a/.b.c"), os.path.splitext("a..b"))
for p in ["a//b", "a/./b", "a/../b", "/../x", "../../y", "./", "", "a/b/../../..", "//x", "///x/"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), repr(os.path.commonprefix([])))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("a/b", "a"))
print(os.path.abspath("/x/y/../z"), os.path.abspath("x") == join(os.getcwd(), "x"))
print(os.path.expanduser("no/tilde"), os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")))
print(os.path.join(b"a", b"b"), os.path.basename(b"/x/y.bin"), os.path.splitext(b"f.txt"))
for bad in [(1, "a"), ("a", b"b"), ("a", None)]:
    try:
        os.path.join(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(os.path is os.path, type(os.path).__name__, os.path.__name__)
