"""Shallow and deep copy operations, as CPython 3.11's copy module behaves.

copy(x) and deepcopy(x, memo=None); classes control copying with __copy__ and
__deepcopy__(memo), or through the pickle protocol (__reduce_ex__, __reduce__,
__getnewargs__, __getstate__, __setstate__). Without those, an instance of a user class
is copied as CPython's object.__reduce_ex__(4) would have it: cls.__new__(cls), then its
__dict__ and __slots__ values (and the items of list and dict subclasses).

stmvm's object has no __reduce_ex__ or __getstate__ of its own, so that default
protocol is emulated here (_reduce_object); copyreg's dispatch table is not consulted.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return _copy_immutable(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


def _copy_method(x):
    # type(x)(x.__func__, x.__self__) in CPython; binding the function again is the same.
    return x.__func__.__get__(x.__self__)


class _Sample:
    def method(self):
        pass


_MethodType = type(_Sample().method)
_FunctionType = type(_Sample.method)
_BuiltinFunctionType = type(len)
_CodeType = type(_Sample.method.__code__)

_atomic_types = [type(None), int, float, bool, str, bytes, type, range,
                 _BuiltinFunctionType, _FunctionType, type(Ellipsis),
                 type(NotImplemented), property]
try:
    _atomic_types.append(complex)
except NameError:
    pass

_copy_dispatch = d = {}
for t in _atomic_types + [tuple, frozenset, slice]:
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
d[_MethodType] = _copy_method
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = _deepcopy_atomic(x, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # The tuple may have been copied already while copying its items (a cycle
    # through a mutable element).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return x.__func__.__get__(deepcopy(x.__self__, memo))


_deepcopy_dispatch = d = {}
for t in _atomic_types + [_CodeType]:
    d[t] = _deepcopy_atomic
d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict
d[_MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo, so that the id of an object copied during
    this deepcopy is not reused by another object while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# --- the pickle protocol, as far as copying needs it ------------------------------

_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_reduce = getattr(object, "__reduce__", None)
_object_getstate = getattr(object, "__getstate__", None)

# Built-in bases whose value is passed to __new__ (CPython's __getnewargs__).
_value_bases = (int, float, str, bytes, tuple)


def _reduce(x, cls):
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    return _reduce_object(x, cls)


def _builtin_base(cls):
    for base in cls.__mro__:
        if base.__module__ == "builtins":
            return base
    return object


def _reduce_object(x, cls):
    """What object.__reduce_ex__(4) gives: (copyreg.__newobj__, (cls, *args), state,
    listitems, dictitems)."""
    base = _builtin_base(cls)
    if base is set or base is frozenset:
        return cls, (list(x),), _state(x, cls)
    if (base is cls and cls is not object) or (base is object and not _has_state(x, cls)):
        # A built-in object, or an instance of a class implemented natively (no
        # __dict__, no __slots__): nothing here knows how to rebuild it.
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
    elif base in _value_bases:
        args = (base(x),)
    else:
        args = ()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + tuple(args), _state(x, cls), listitems, dictitems


def _has_state(x, cls):
    return hasattr(x, "__dict__") or any("__slots__" in c.__dict__ for c in cls.__mro__)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _state(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y

