# Assorted os names: stat_result behaviour, fspath, fsencode, error aliases.
import os

st = os.stat(".")
print(type(st).__name__, len(st), tuple(st) == st[:], st == tuple(st))
print(st.st_mode == st[0], st.st_size == st[6], st.st_nlink >= 1, int(st.st_mtime) == st[8])
print(repr(st).startswith("os.stat_result(st_mode="), "st_ctime=" in repr(st))

class P:
    def __fspath__(self):
        return "."

print(os.fspath("a"), os.fspath(b"b"), os.fspath(P()), os.path.isdir(P()), os.stat(P()) == st)
for bad in [1, None]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(os.fsencode("x/y"), os.fsdecode(b"x/y"))
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.path.join(P(), "x"))
from os import path, sep, getenv
print(path.basename("a/b"), sep, getenv("STMVM_NOT_SET_EVER", "-"))
import os.path as osp
print(osp is os.path, osp.dirname("/a/b"))
