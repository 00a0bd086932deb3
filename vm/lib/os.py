"""OS routines for stmvm: the posix system calls (native, vm/Builtins/OsModule.cs) plus
what CPython's os.py adds in Python: os.environ as a mapping, getenv/putenv, stat_result,
makedirs/removedirs, fspath/fsencode/fsdecode, and os.path = posixpath."""

import sys
import posix
from posix import (getcwd, chdir, listdir, mkdir, rmdir, unlink, remove, rename, readlink,
                   getpid, cpu_count, urandom, strerror, putenv, unsetenv)
import posixpath as path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull

sys.modules['os.path'] = path

error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def getcwdb():
    return getcwd().encode()


class stat_result:
    """os.stat_result: a 10-tuple of ints (mode, ino, dev, nlink, uid, gid, size, and
    the three times truncated) with the st_* attributes, the times also as floats."""

    n_sequence_fields = 10
    n_fields = 19
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, raw):
        self._tuple = tuple(raw[:10])
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
         self.st_size) = raw[:7]
        self.st_atime, self.st_mtime, self.st_ctime = raw[10:13]
        self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns = raw[13:16]

    def __getitem__(self, index):
        return self._tuple[index]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._tuple)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            other = other._tuple
        return self._tuple == other

    def __hash__(self):
        return hash(self._tuple)

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self._tuple))
        return f'os.stat_result({fields})'


def stat(*args, **kwargs):
    # The arguments go to posix.stat unchanged, for its checks and messages.
    return stat_result(posix.stat(*args, **kwargs))


def lstat(*args, **kwargs):
    return stat_result(posix.lstat(*args, **kwargs))


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones (CPython's)."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Defeats race condition when another thread created the path
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:           # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Cannot rely on checking for EEXIST, since the operating system
        # could give priority to other errors like EACCES or EROFS
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones (CPython's)."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class _Environ:
    """os.environ: str keys and values; changes reach the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        for v in (key, value):
            if not isinstance(v, str):
                raise TypeError("str expected, not %s" % type(v).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, 'keys') else other
        for key, value in items:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)
