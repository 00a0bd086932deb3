// list: a count (small int) and a ValueArray storage whose length is the capacity,
// grown and shrunk as CPython's list_resize. Core storage operations, slicing, comparison
// and repr; methods and the constructor are in ListMethods.cs, sorting in ListSort.cs.
using System.Runtime.CompilerServices;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class Lists
{
    private const int Size = Off.ListStorage + 8;

    public static bool IsList(Value v) => Ops.Is(v, TypeId.List);

    public static Value New(int capacity = 0) => NewOfType(BuiltinTypes.List, capacity);

    /// An empty instance of `type` (list or a subclass of it).
    public static Value NewOfType(PyType type, int capacity = 0)
    {
        long obj = Collector.Allocate((uint)TypeId.List, Size);
        Mem.StoreValue(obj, Off.Class, type.Ref);
        Mem.StoreValue(obj, Off.ListCount, Value.FromSmallInt(0));
        if (capacity > 0) Mem.Store(obj, Off.ListStorage, Collector.AllocateArray((uint)TypeId.ValueArray, capacity));
        return Value.FromRef(obj);
    }

    public static Value FromSpan(ReadOnlySpan<Value> items)
    {
        Value list = New(items.Length);
        items.CopyTo(Mem.Values(Storage(list.Ref), Off.ArrayData, items.Length));
        Mem.StoreValue(list.Ref, Off.ListCount, Value.FromSmallInt(items.Length));
        return list;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Count(Value list)
    {
        Barrier.Read(list.Ref);
        return (int)Mem.LoadValue(list.Ref, Off.ListCount).SmallInt;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Storage(long list) => Mem.Load(list, Off.ListStorage);

    private static long Capacity(long storage) => storage == 0 ? 0 : Mem.LoadFinal(storage, Off.Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Item(Value list, int i)
    {
        Barrier.Read(list.Ref);
        long s = Storage(list.Ref);
        Barrier.Read(s);
        return Mem.LoadValue(s, Off.ArrayData + 8 * i);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(Value list, int i, Value v)
    {
        Barrier.Read(list.Ref);
        long s = Storage(list.Ref);
        Barrier.Write(s);
        Mem.StoreValue(s, Off.ArrayData + 8 * i, v);
    }

    /// The live items in place (valid until the next safe point or list mutation).
    public static Span<Value> Items(Value list)
    {
        int n = Count(list);
        if (n == 0) return Span<Value>.Empty;
        long s = Storage(list.Ref);
        Barrier.Read(s);
        return Mem.Values(s, Off.ArrayData, n);
    }

    /// Items for writing in place (the storage's write barrier taken).
    public static Span<Value> ItemsForWrite(Value list)
    {
        int n = Count(list);
        if (n == 0) return Span<Value>.Empty;
        long s = Storage(list.Ref);
        Barrier.Write(s);
        return Mem.Values(s, Off.ArrayData, n);
    }

    public static void Append(Value list, Value v)
    {
        long l = list.Ref;
        Barrier.Write(l);
        long n = Mem.LoadValue(l, Off.ListCount).SmallInt, s = Storage(l);
        if (n >= Capacity(s))
        {
            Resize(list, (int)n + 1);
            s = Storage(l);
        }
        else Mem.StoreValue(l, Off.ListCount, Value.FromSmallInt(n + 1));
        Barrier.Write(s);
        Mem.StoreValue(s, Off.ArrayData + 8 * (int)n, v);
    }

    /// Sets the count to newSize, reallocating as CPython's list_resize (new slots are Null).
    public static void Resize(Value list, int newSize)
    {
        long l = list.Ref;
        Barrier.Write(l);
        long s = Storage(l), allocated = Capacity(s);
        int oldSize = (int)Mem.LoadValue(l, Off.ListCount).SmallInt;
        if (allocated >= newSize && newSize >= (allocated >> 1))
        {
            if (newSize < oldSize)
            {
                Barrier.Write(s);
                Mem.Values(s, Off.ArrayData + 8 * newSize, oldSize - newSize).Clear();
            }
            Mem.StoreValue(l, Off.ListCount, Value.FromSmallInt(newSize));
            return;
        }
        long newAllocated = ((long)newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - oldSize > newAllocated - newSize) newAllocated = ((long)newSize + 3) & ~3L;
        if (newSize == 0) newAllocated = 0;
        long ns = newAllocated == 0 ? 0 : Collector.AllocateArray((uint)TypeId.ValueArray, newAllocated);
        int keep = Math.Min(oldSize, newSize);
        if (keep > 0)
        {
            Barrier.Read(s);
            Mem.Values(s, Off.ArrayData, keep).CopyTo(Mem.Values(ns, Off.ArrayData, keep));
        }
        Mem.Store(l, Off.ListStorage, ns);
        Mem.StoreValue(l, Off.ListCount, Value.FromSmallInt(newSize));
    }

    public static void Insert(Value list, long index, Value v)
    {
        int n = Count(list);
        if (index < 0) index = Math.Max(0, index + n);
        if (index > n) index = n;
        Resize(list, n + 1);
        var items = ItemsForWrite(list);
        items.Slice((int)index, n - (int)index).CopyTo(items.Slice((int)index + 1));
        items[(int)index] = v;
    }

    public static void RemoveAt(Value list, int index)
    {
        int n = Count(list);
        var items = ItemsForWrite(list);
        items.Slice(index + 1).CopyTo(items.Slice(index));
        Resize(list, n - 1);
    }

    /// Empties the list (nothing to do, and no write, when it is empty already).
    public static void Clear(Value list)
    {
        if (Count(list) == 0) return;
        Barrier.Write(list.Ref);
        Mem.Store(list.Ref, Off.ListStorage, 0);
        Mem.StoreValue(list.Ref, Off.ListCount, Value.FromSmallInt(0));
    }

    /// Appends every item of a span (no guest code).
    public static void Extend(Value list, ReadOnlySpan<Value> items)
    {
        int n = Count(list);
        Resize(list, n + items.Length);
        items.CopyTo(ItemsForWrite(list).Slice(n));
    }

    /// list[start:stop:step] as a new list (indices already adjusted).
    public static Value Slice(Value list, long start, long step, long length)
    {
        Value result = New((int)length);
        var src = Items(list);
        var dst = Mem.Values(Storage(result.Ref), Off.ArrayData, (int)length);
        for (long i = 0, j = start; i < length; i++, j += step) dst[(int)i] = src[(int)j];
        Mem.StoreValue(result.Ref, Off.ListCount, Value.FromSmallInt(length));
        return result;
    }

    /// A new list holding a copy of the items.
    public static Value Copy(Value list) => FromSpan(Items(list));

    public static Value Compare(Value a, Value b, Lang.CompareOp op) => Sequences.Compare(a, b, op);

    /// repr(list) (the body of list.__repr__).
    public static string Repr(Value list) => ReprWriter.Of(list);

    /// list_repr, into the writer of the whole repr() call (see ReprWriter).
    public static void WriteRepr(System.Text.StringBuilder sb, Value list)
    {
        if (Count(list) == 0)
        {
            sb.Append("[]");
            return;
        }
        if (!ReprGuard.Enter(list))
        {
            sb.Append("[...]");
            return;
        }
        try
        {
            sb.Append('[');
            using var rs = new RootScope();
            int hl = rs.Add(list);
            for (int i = 0; i < Count(rs[hl]); i++)
            {
                if (i > 0) sb.Append(", ");
                ReprWriter.Append(sb, Item(rs[hl], i));
            }
            sb.Append(']');
        }
        finally { ReprGuard.Leave(); }
    }
}
