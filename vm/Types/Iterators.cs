// The built-in iterators over built-in containers (layouts ListIter..SetIter, SeqIter,
// CallableIter; the deque iterators' __next__ is in Deques.cs): creation, and __next__ for them all, with CPython's behaviour on
// mutation ("dictionary changed size during iteration", "Set changed size during
// iteration"). Layout: [8 index (raw)][16 A][24 B][32 C]; an exhausted iterator drops its
// source (A = Null). enumerate/zip/map/filter/reversed are in IteratorBuiltins.cs.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Iterators
{
    private const int Size = Off.IterC + 8;

    internal static Value NewIter(TypeId layout, long index, Value a, Value b = default, Value c = default)
    {
        long it = Collector.Allocate((uint)layout, Size);
        Mem.Store(it, Off.IterIndex, index);
        Mem.StoreValue(it, Off.IterA, a);
        Mem.StoreValue(it, Off.IterB, b);
        Mem.StoreValue(it, Off.IterC, c);
        return Value.FromRef(it);
    }

    public static bool IsBuiltinIterator(Value v)
    {
        var t = Ops.LayoutOf(v);
        return t >= TypeId.ListIter && t <= TypeId.LastIter || Itertools.IsLayout(t);
    }

    public static Value NewRangeIter(Value start, Value step, Value length) => NewIter(TypeId.RangeIter, 0, start, step, length);
    public static Value NewSeqIter(Value seq) => NewIter(TypeId.SeqIter, 0, seq);
    public static Value NewCallableIter(Value callable, Value sentinel) => NewIter(TypeId.CallableIter, 0, callable, sentinel);
    public static Value NewListIter(Value list) => NewIter(TypeId.ListIter, 0, list);
    public static Value NewListRevIter(Value list) => NewIter(TypeId.ListRevIter, Lists.Count(list) - 1, list);

    /// An iterator of a dict's keys (kind 0), values (1) or items (2).
    public static Value NewDictIter(Value dict, int kind)
    {
        var layout = kind == 0 ? TypeId.DictKeyIter : kind == 1 ? TypeId.DictValueIter : TypeId.DictItemIter;
        Value n = Value.FromSmallInt(Dicts.Count(dict));
        return NewIter(layout, 0, dict, n, n);
    }

    public static Value NewSetIter(Value set)
    {
        Value n = Value.FromSmallInt(Sets.Count(set));
        return NewIter(TypeId.SetIter, 0, set, n, n);
    }

    /// iter(obj) for built-in containers and iterators (no guest code), or Null.
    public static Value TryBuiltinIter(Value obj)
    {
        switch (Ops.LayoutOf(obj))
        {
            // Subclass instances of these keep their class in the header tag and may override __iter__.
            case TypeId.Tuple when !BuiltinSubclasses.IsSubclassInstance(obj): return NewIter(TypeId.TupleIter, 0, obj);
            case TypeId.Str when !BuiltinSubclasses.IsSubclassInstance(obj): return NewIter(TypeId.StrIter, 0, obj);
            case TypeId.Bytes when !BuiltinSubclasses.IsSubclassInstance(obj): return NewIter(TypeId.BytesIter, 0, obj);
            case TypeId.Range: return NewRangeIter(Ranges.Start(obj), Ranges.Step(obj), Ranges.LengthValue(obj));
            case TypeId.DictView: return DictViews.Iter(obj);
            case TypeId.List when Ops.IsExact(obj, TypeId.List, BuiltinTypes.List): return NewListIter(obj);
            case TypeId.Dict when Ops.IsExact(obj, TypeId.Dict, BuiltinTypes.Dict): return NewDictIter(obj, 0);
            case TypeId.Set when Ops.IsExact(obj, TypeId.Set, BuiltinTypes.Set): return NewSetIter(obj);
            case TypeId.FrozenSet when Ops.IsExact(obj, TypeId.FrozenSet, BuiltinTypes.FrozenSet): return NewSetIter(obj);
            case var t when t >= TypeId.ListIter && t <= TypeId.LastIter || Itertools.IsLayout(t): return obj;
            default: return Value.Null;
        }
    }

    /// The next item of a built-in iterator, or Null when exhausted.
    public static unsafe Value Next(Value it)
    {
        // The hottest iterators read the base once (Mem.cs); the others per access.
        byte* b = Mem.Base;
        Barrier.Read(b, it.Ref);
        if (Mem.LoadValue(b, it.Ref, Off.IterA).IsNull) return Value.Null;
        switch ((TypeId)Mem.TypeId(it.Ref))
        {
            case TypeId.ListIter: return NextList(b, it);
            case TypeId.ListRevIter: return NextListReversed(it);
            case TypeId.TupleIter: return NextTuple(it);
            case TypeId.StrIter: return NextStr(it);
            case TypeId.BytesIter: return NextBytes(it);
            case TypeId.RangeIter: return NextRange(b, it);
            case TypeId.DictKeyIter or TypeId.DictValueIter or TypeId.DictItemIter: return NextDict(it);
            case TypeId.SetIter: return NextSet(it);
            case TypeId.SeqIter: return NextSeq(it);
            case TypeId.CallableIter: return NextCallable(it);
            case TypeId.DequeIter or TypeId.DequeRevIter: return Deques.NextIter(it);
            case var t when Itertools.IsLayout(t): return Itertools.Next(it);
            default: return IteratorBuiltins.Next(it);
        }
    }

    // Field reads take the read barrier each time: callers re-read after guest code, where
    // the transaction may have been broken.
    internal static long Index(Value it) => Read(it, Off.IterIndex).Bits;
    internal static Value A(Value it) => Read(it, Off.IterA);
    internal static Value B(Value it) => Read(it, Off.IterB);
    internal static Value C(Value it) => Read(it, Off.IterC);

    private static Value Read(Value it, int offset)
    {
        Barrier.Read(it.Ref);
        return Mem.LoadValue(it.Ref, offset);
    }

    internal static void SetIndex(Value it, long i)
    {
        Barrier.Write(it.Ref);
        Mem.Store(it.Ref, Off.IterIndex, i);
    }

    internal static void SetField(Value it, int off, Value v)
    {
        Barrier.Write(it.Ref);
        Mem.StoreValue(it.Ref, off, v);
    }

    /// Marks the iterator exhausted and returns Null.
    internal static Value Exhaust(Value it)
    {
        SetField(it, Off.IterA, Value.Null);
        return Value.Null;
    }

    /// Next of a list iterator whose read barrier is taken, through base b.
    private static unsafe Value NextList(byte* b, Value it)
    {
        long o = it.Ref;
        long list = Mem.Load(b, o, Off.IterA);
        long i = Mem.Load(b, o, Off.IterIndex);
        Barrier.Read(b, list);
        if (i >= Mem.LoadValue(b, list, Off.ListCount).SmallInt) return Exhaust(it);
        Barrier.Write(b, o);
        Mem.Store(b, o, Off.IterIndex, i + 1);
        long storage = Mem.Load(b, list, Off.ListStorage);
        Barrier.Read(b, storage);
        return Mem.LoadValue(b, storage, Off.ArrayData + 8 * (int)i);
    }

    private static Value NextListReversed(Value it)
    {
        Value list = A(it);
        long i = Index(it);
        if (i < 0 || i >= Lists.Count(list)) return Exhaust(it);
        SetIndex(it, i - 1);
        return Lists.Item(list, (int)i);
    }

    private static Value NextTuple(Value it)
    {
        Value t = A(it);
        long i = Index(it);
        if (i >= Tuples.Length(t)) return Exhaust(it);
        SetIndex(it, i + 1);
        return Tuples.Item(t, (int)i);
    }

    private static Value NextStr(Value it)
    {
        Value s = A(it);
        long i = Index(it);
        if (i >= Strs.Length(s)) return Exhaust(it);
        SetIndex(it, i + 1);
        return Strs.FromCodePoint(Strs.CharAt(s, (int)i));
    }

    private static Value NextBytes(Value it)
    {
        Value b = A(it);
        long i = Index(it);
        long n = Mem.Load(b.Ref, Off.Length);
        if (i >= n) return Exhaust(it);
        SetIndex(it, i + 1);
        return Value.FromSmallInt(Mem.Bytes(b.Ref, Off.StrData, (int)n)[(int)i]);
    }

    /// Next of a range iterator whose read barrier is taken, through base b.
    private static unsafe Value NextRange(byte* b, Value it)
    {
        long o = it.Ref;
        long i = Mem.Load(b, o, Off.IterIndex);
        Value start = Mem.LoadValue(b, o, Off.IterA), step = Mem.LoadValue(b, o, Off.IterB), length = Mem.LoadValue(b, o, Off.IterC);
        if (length.IsSmallInt ? i >= length.SmallInt : i >= Ints.ToBig(length)) return Exhaust(it);
        Barrier.Write(b, o);
        Mem.Store(b, o, Off.IterIndex, i + 1);
        if (start.IsSmallInt && step.IsSmallInt)
        {
            Int128 x = start.SmallInt + (Int128)i * step.SmallInt;
            if (x >= long.MinValue && x <= long.MaxValue) return Ints.New((long)x);
        }
        return Ints.New(Ints.ToBig(start) + i * Ints.ToBig(step));
    }

    private static Value NextDict(Value it)
    {
        Value dict = A(it);
        if (B(it).SmallInt != Dicts.Count(dict))
        {
            SetField(it, Off.IterB, Value.FromSmallInt(-1));
            throw Errors.RuntimeError("dictionary changed size during iteration");
        }
        int pos = (int)Index(it);
        if (!Dicts.Next(dict, ref pos, out Value key, out Value value)) return Exhaust(it);
        long remaining = C(it).SmallInt;
        if (remaining == 0)
        {
            Exhaust(it);
            throw Errors.RuntimeError("dictionary keys changed during iteration");
        }
        SetIndex(it, pos);
        SetField(it, Off.IterC, Value.FromSmallInt(remaining - 1));
        return (TypeId)Mem.TypeId(it.Ref) switch
        {
            TypeId.DictKeyIter => key,
            TypeId.DictValueIter => value,
            _ => Tuples.Pair(key, value),
        };
    }

    private static Value NextSet(Value it)
    {
        Value set = A(it);
        if (B(it).SmallInt != Sets.Count(set))
        {
            SetField(it, Off.IterB, Value.FromSmallInt(-1));
            throw Errors.RuntimeError("Set changed size during iteration");
        }
        long pos = Index(it);
        if (!Sets.Next(set, ref pos, out Value key, out _)) return Exhaust(it);
        SetIndex(it, pos);
        SetField(it, Off.IterC, Value.FromSmallInt(C(it).SmallInt - 1));
        return key;
    }

    /// The old sequence protocol: seq[0], seq[1], ... until IndexError or StopIteration.
    private static Value NextSeq(Value it)
    {
        long i = Index(it);
        using var rs = new RootScope();
        int hit = rs.Add(it);
        try
        {
            Value item = Ops.GetItem(A(it), Ints.New(i));
            SetIndex(rs[hit], i + 1);
            return item;
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.IndexError) || e.Type.IsSubtypeOf(BuiltinTypes.StopIteration))
        {
            return Exhaust(rs[hit]);
        }
    }

    /// iter(callable, sentinel): calls until the result equals the sentinel.
    private static Value NextCallable(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        Value result;
        try
        {
            result = Ops.Call(A(it), ReadOnlySpan<Value>.Empty);
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.StopIteration))
        {
            return Exhaust(rs[hit]);
        }
        int hr = rs.Add(result);
        if (Ops.Eq(B(rs[hit]), result)) return Exhaust(rs[hit]);
        return rs[hr];
    }

    /// __length_hint__ of the built-in iterators over sized containers, or -1.
    internal static long LengthHint(Value it)
    {
        if (A(it).IsNull) return 0;
        long i = Index(it);
        return (TypeId)Mem.TypeId(it.Ref) switch
        {
            TypeId.ListIter => Math.Max(0, Lists.Count(A(it)) - i),
            TypeId.ListRevIter => i < Lists.Count(A(it)) ? i + 1 : 0,
            TypeId.TupleIter => Tuples.Length(A(it)) - i,
            TypeId.StrIter => Strs.Length(A(it)) - i,
            TypeId.BytesIter => Mem.Load(A(it).Ref, Off.Length) - i,
            TypeId.RangeIter => C(it).IsSmallInt ? C(it).SmallInt - i : -1,
            TypeId.DictKeyIter or TypeId.DictValueIter or TypeId.DictItemIter or TypeId.SetIter => C(it).SmallInt,
            _ => -1,
        };
    }
}
