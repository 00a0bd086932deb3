// Iteration, subscripts, len and membership: fast paths for the built-in containers (exact
// classes only: a subclass may override the dunder), then __iter__/__next__/__getitem__/
// __setitem__/__delitem__/__len__/__contains__ (and the old __getitem__ iteration protocol),
// with CPython 3.11's error messages. List subscripts live in Types/ListSubscripts.cs.
using System.Runtime.CompilerServices;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Ops
{
    /// v's layout is `layout` and its class is exactly `type` (not a subclass).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExact(Value v, TypeId layout, PyType type)
    {
        if (!Is(v, layout)) return false;
        Barrier.Read(v.Ref);
        return Mem.LoadValue(v.Ref, Off.Class) == type.Ref;
    }

    public static Value GetIter(Value obj)
    {
        Value fast = Iterators.TryBuiltinIter(obj);
        if (!fast.IsNull) return fast;
        if (Is(obj, TypeId.Generator)) return obj;
        var type = TypeOf(obj);
        Value iter = LookupSpecial(type, "__iter__");
        if (!iter.IsNull && !Py.IsNone(iter))
        {
            Value it = CallSpecial(iter, obj, []);
            if (!IsIterator(it)) throw Errors.TypeError($"iter() returned non-iterator of type '{TypeName(it)}'");
            return it;
        }
        if (iter.IsNull && !LookupSpecial(type, "__getitem__").IsNull) return Iterators.NewSeqIter(obj);
        throw Errors.TypeError($"'{type.Name}' object is not iterable");
    }

    /// Has a __next__ (or is one of the built-in iterator layouts).
    public static bool IsIterator(Value v)
        => Iterators.IsBuiltinIterator(v) || Is(v, TypeId.Generator) || !LookupSpecial(TypeOf(v), "__next__").IsNull;

    /// The next item, or Value.Null when the iterator is exhausted (StopIteration is consumed).
    public static Value Next(Value iterator)
    {
        if (Iterators.IsBuiltinIterator(iterator)) return Iterators.Next(iterator);
        if (Is(iterator, TypeId.Generator)) return Generators.NextOrNull(iterator);
        Value next = LookupSpecial(TypeOf(iterator), "__next__");
        if (next.IsNull) throw Errors.TypeError($"'{TypeName(iterator)}' object is not an iterator");
        try
        {
            return CallSpecial(next, iterator, []);
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.StopIteration))
        {
            return Value.Null;
        }
    }

    public static Value GetItem(Value obj, Value key)
    {
        if (Tuples.IsExact(obj)) return TupleItem(obj, key);
        if (IsExact(obj, TypeId.List, BuiltinTypes.List)) return ListSubscripts.Get(obj, key);
        if (IsExact(obj, TypeId.Dict, BuiltinTypes.Dict))
        {
            Value v = Dicts.Get(obj, key);
            return v.IsNull ? throw Errors.KeyError(key) : v;
        }
        if (Is(obj, TypeId.Range)) return RangeItem(obj, key);
        if (Strs.IsPlainStr(obj)) return StrOps.GetItem(obj, key);
        var type = TypeOf(obj);
        Value getitem = LookupSpecial(type, "__getitem__");
        if (!getitem.IsNull) return CallSpecial(getitem, obj, [key]);
        if (Is(obj, TypeId.Type)) return ClassGetItem(obj, key);
        throw Errors.TypeError($"'{type.Name}' object is not subscriptable");
    }

    /// cls[key]: __class_getitem__ if the class defines it; generic aliases are not supported.
    private static Value ClassGetItem(Value cls, Value key)
    {
        var type = PyType.FromRef(cls);
        Value classGetItem = TypeObjects.LookupInMro(type, "__class_getitem__");
        if (!classGetItem.IsNull)
            return Is(classGetItem, TypeId.ClassMethod)
                ? Call(GetAttr(cls, "__class_getitem__"), [key])
                : Call(classGetItem, [cls, key]);
        if (type.IsBuiltin && type.Constructor != null && IsGenericContainer(type))
            throw Errors.NotImplementedError($"generic alias subscripts ({type.Name}[...]) are not supported yet");
        throw Errors.TypeError($"type '{type.Name}' is not subscriptable");
    }

    private static bool IsGenericContainer(PyType t)
        => t == BuiltinTypes.List || t == BuiltinTypes.Dict || t == BuiltinTypes.Tuple || t == BuiltinTypes.Set
           || t == BuiltinTypes.FrozenSet || t == BuiltinTypes.Type;

    internal static Value TupleItem(Value t, Value key)
    {
        int n = Tuples.Length(t);
        if (Slices.IsSlice(key))
        {
            using var rs = new RootScope();
            int ht = rs.Add(t);
            var b = Slices.Resolve(key, n);
            t = rs[ht];
            if (b.Step == 1 && b.Length == n) return t;
            Value result = Tuples.Uninitialized((int)b.Length);
            var dst = Tuples.Items(result);
            for (long i = 0, j = b.Start; i < b.Length; i++, j += b.Step) dst[(int)i] = Tuples.Item(t, (int)j);
            return result;
        }
        long index = ItemIndex(ref t, key, "tuple");
        if (index < 0) index += n;
        if ((ulong)index >= (ulong)n) throw Errors.IndexError("tuple index out of range");
        return Tuples.Item(t, (int)index);
    }

    private static Value RangeItem(Value r, Value key)
    {
        if (Slices.IsSlice(key)) return Ranges.GetSlice(r, key);
        if (Ints.IsInt(key)) return Ranges.GetItem(r, key);
        if (!LookupSpecial(TypeOf(key), "__index__").IsNull) return Ranges.GetItem(r, Index(key));
        throw Errors.TypeError($"range indices must be integers or slices, not {TypeName(key)}");
    }

    /// An integer subscript of a sequence: int, bool or __index__ (which may run guest code:
    /// `seq` is updated if it moves); TypeError "<what> indices must be integers or slices, not str".
    internal static long ItemIndex(ref Value seq, Value key, string what)
    {
        if (key.IsSmallInt) return key.SmallInt;
        if (Ints.IsInt(key) || !LookupSpecial(TypeOf(key), "__index__").IsNull)
        {
            using var rs = new RootScope();
            int hs = rs.Add(seq);
            PyType keyType = TypeOf(key);
            Value i = Index(key);
            seq = rs[hs];
            if (Ints.TryGetLong(i, out long x)) return x;
            throw Errors.IndexError($"cannot fit '{keyType.Name}' into an index-sized integer");
        }
        throw Errors.TypeError($"{what} indices must be integers or slices, not {TypeName(key)}");
    }

    public static void SetItem(Value obj, Value key, Value value)
    {
        if (IsExact(obj, TypeId.List, BuiltinTypes.List)) { ListSubscripts.Set(obj, key, value); return; }
        if (IsExact(obj, TypeId.Dict, BuiltinTypes.Dict)) { Dicts.Set(obj, key, value); return; }
        var type = TypeOf(obj);
        Value setitem = LookupSpecial(type, "__setitem__");
        if (setitem.IsNull) throw Errors.TypeError($"'{type.Name}' object does not support item assignment");
        CallSpecial(setitem, obj, [key, value]);
    }

    public static void DelItem(Value obj, Value key)
    {
        if (IsExact(obj, TypeId.List, BuiltinTypes.List)) { ListSubscripts.Delete(obj, key); return; }
        if (IsExact(obj, TypeId.Dict, BuiltinTypes.Dict))
        {
            if (!Dicts.Delete(obj, key)) throw Errors.KeyError(key);
            return;
        }
        var type = TypeOf(obj);
        Value delitem = LookupSpecial(type, "__delitem__");
        if (delitem.IsNull) throw Errors.TypeError(HasSequenceSlots(type) && Ints.IsInt(key)
            ? $"'{type.Name}' object doesn't support item deletion"
            : $"'{type.Name}' object does not support item deletion");
        CallSpecial(delitem, obj, [key]);
    }

    /// Whether CPython's type has tp_as_sequence: its PyObject_DelItem words the error for an
    /// int key differently then ("doesn't" from PySequence_DelItem, else "does not").
    private static bool HasSequenceSlots(PyType type)
        => !type.IsBuiltin || type == BuiltinTypes.Tuple || type == BuiltinTypes.Str || type == BuiltinTypes.Bytes
            || type == BuiltinTypes.Range;

    public static long Len(Value obj)
    {
        long n = BuiltinLen(obj);
        if (n >= 0) return n;
        var type = TypeOf(obj);
        Value len = LookupSpecial(type, "__len__");
        if (len.IsNull) throw Errors.TypeError($"object of type '{type.Name}' has no len()");
        Value r = CallSpecial(len, obj, []);
        if (!Ints.IsInt(r) && LookupSpecial(TypeOf(r), "__index__").IsNull)
            throw Errors.TypeError($"'{TypeName(r)}' object cannot be interpreted as an integer");
        Value i = Index(r);
        if (Ints.Sign(i) < 0) throw Errors.ValueError("__len__() should return >= 0");
        if (!Ints.TryGetLong(i, out long x)) throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        return x;
    }

    /// len() of a built-in container without guest code, or -1.
    private static long BuiltinLen(Value obj)
    {
        switch (LayoutOf(obj))
        {
            case TypeId.Tuple: return Tuples.Length(obj);
            case TypeId.Str: return Strs.Length(obj);
            case TypeId.Bytes: return Mem.Load(obj.Ref, Off.Length);
            case TypeId.Range: return Ranges.Length(obj);
            case TypeId.DictView: return DictViews.Length(obj);
            case TypeId.List when IsExact(obj, TypeId.List, BuiltinTypes.List): return Lists.Count(obj);
            case TypeId.Dict when IsExact(obj, TypeId.Dict, BuiltinTypes.Dict): return Dicts.Count(obj);
            case TypeId.Set when IsExact(obj, TypeId.Set, BuiltinTypes.Set): return Sets.Count(obj);
            case TypeId.FrozenSet when IsExact(obj, TypeId.FrozenSet, BuiltinTypes.FrozenSet): return Sets.Count(obj);
            default: return -1;
        }
    }

    public static bool Contains(Value container, Value item)
    {
        switch (LayoutOf(container))
        {
            case TypeId.Tuple:
                return Sequences.Contains(container, item);
            case TypeId.List when IsExact(container, TypeId.List, BuiltinTypes.List):
                return Sequences.Contains(container, item);
            case TypeId.Dict when IsExact(container, TypeId.Dict, BuiltinTypes.Dict):
                return Dicts.ContainsKey(container, item);
            case TypeId.Set when IsExact(container, TypeId.Set, BuiltinTypes.Set):
            case TypeId.FrozenSet when IsExact(container, TypeId.FrozenSet, BuiltinTypes.FrozenSet):
                return SetMethods.ContainsForIn(container, item);
            case TypeId.Range:
                return Ranges.Contains(container, item);
            case TypeId.DictView:
                return DictViews.Contains(container, item);
            case TypeId.Str when Strs.IsStr(item) && Strs.IsPlainStr(container):
                return StrOps.Contains(container, item);
        }
        var type = TypeOf(container);
        Value contains = LookupSpecial(type, "__contains__");
        if (Py.IsNone(contains)) throw Errors.TypeError($"'{type.Name}' object is not a container");
        if (!contains.IsNull) return Truth(CallSpecial(contains, container, [item]));
        if (LookupSpecial(type, "__iter__").IsNull && LookupSpecial(type, "__getitem__").IsNull)
            throw Errors.TypeError($"argument of type '{type.Name}' is not iterable");
        return IterContains(container, item);
    }

    private static bool IterContains(Value container, Value item)
    {
        using var rs = new RootScope();
        int hi = rs.Add(item);
        int hit = rs.Add(GetIter(container));
        while (true)
        {
            Value x = Next(rs[hit]);
            if (x.IsNull) return false;
            if (Eq(x, rs[hi])) return true;
        }
    }
}
