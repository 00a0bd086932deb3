// collections.deque: a ring buffer in a ValueArray whose length (the capacity) is a power
// of two, so that a logical index maps to a slot with a mask and both ends grow and shrink
// in O(1). Layout (standard prefix, so user subclasses carry attributes):
//   [32 count][40 head slot][48 storage (ValueArray or Null)][56 maxlen (-1: none)][64 state]
// all small ints but the storage. `state` counts mutations that move items (CPython's
// deque->state); iterators remember it and raise "deque mutated during iteration" when it
// changes. Core storage operations and the iterators live here; the methods in
// DequeMethods.cs, the class and module in Builtins/CollectionsModule.cs.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class Deques
{
    public const int Size = Off.DequeState + 8;
    private const int MinCapacity = 8;

    /// The deque class (set up by CollectionsModule).
    public static PyType Type = null!;

    public static bool IsDeque(Value v) => Ops.Is(v, TypeId.Deque);

    /// An empty deque of class `type` (deque or a subclass); maxlen -1 means unbounded.
    public static Value New(PyType type, long maxlen = -1)
    {
        long obj = Collector.Allocate((uint)TypeId.Deque, Size);
        Mem.StoreValue(obj, Off.Class, type.Ref);
        Mem.StoreValue(obj, Off.DequeCount, Value.FromSmallInt(0));
        Mem.StoreValue(obj, Off.DequeHead, Value.FromSmallInt(0));
        Mem.StoreValue(obj, Off.DequeMaxLen, Value.FromSmallInt(maxlen));
        Mem.StoreValue(obj, Off.DequeState, Value.FromSmallInt(0));
        return Value.FromRef(obj);
    }

    private static long Field(Value d, int off)
    {
        Barrier.Read(d.Ref);
        return Mem.LoadValue(d.Ref, off).SmallInt;
    }

    private static void SetField(Value d, int off, long v)
    {
        Barrier.Write(d.Ref);
        Mem.StoreValue(d.Ref, off, Value.FromSmallInt(v));
    }

    public static int Count(Value d) => (int)Field(d, Off.DequeCount);
    public static long MaxLen(Value d) => Field(d, Off.DequeMaxLen);
    public static long State(Value d) => Field(d, Off.DequeState);

    public static void SetMaxLen(Value d, long maxlen) => SetField(d, Off.DequeMaxLen, maxlen);

    /// Records a mutation that invalidates iterators.
    public static void Touch(Value d) => SetField(d, Off.DequeState, State(d) + 1);

    private static long Storage(Value d)
    {
        Barrier.Read(d.Ref);
        return Mem.LoadValue(d.Ref, Off.DequeStorage) is var s && s.IsNull ? 0 : s.Ref;
    }

    private static int Capacity(long storage) => storage == 0 ? 0 : (int)Mem.LoadFinal(storage, Off.Length);

    /// The storage slot of logical index i (0 <= i < count).
    private static int Slot(Value d, long storage, long i) => (int)((Field(d, Off.DequeHead) + i) & (Capacity(storage) - 1));

    public static Value Item(Value d, long i)
    {
        long s = Storage(d);
        int slot = Slot(d, s, i);
        Barrier.Read(s);
        return Mem.LoadValue(s, Off.ArrayData + 8 * slot);
    }

    public static void SetItem(Value d, long i, Value v)
    {
        long s = Storage(d);
        int slot = Slot(d, s, i);
        Barrier.Write(s);
        Mem.StoreValue(s, Off.ArrayData + 8 * slot, v);
    }

    /// Makes room for one more item, copying the items in order to a storage twice as large.
    private static void Grow(Value d)
    {
        long s = Storage(d);
        int n = Count(d), cap = Capacity(s);
        if (n < cap) return;
        int newCap = Math.Max(MinCapacity, cap * 2);
        long ns = Collector.AllocateArray((uint)TypeId.ValueArray, newCap);
        if (n > 0)
        {
            Barrier.Read(s);
            int head = (int)Field(d, Off.DequeHead), first = Math.Min(n, cap - head);
            Mem.Values(s, Off.ArrayData + 8 * head, first).CopyTo(Mem.Values(ns, Off.ArrayData, first));
            Mem.Values(s, Off.ArrayData, n - first).CopyTo(Mem.Values(ns, Off.ArrayData + 8 * first, n - first));
        }
        Barrier.Write(d.Ref);
        Mem.StoreValue(d.Ref, Off.DequeStorage, Value.FromRef(ns));
        Mem.StoreValue(d.Ref, Off.DequeHead, Value.FromSmallInt(0));
    }

    /// append without the maxlen trim (the caller trims).
    private static void PushRight(Value d, Value v)
    {
        Grow(d);
        int n = Count(d);
        SetField(d, Off.DequeCount, n + 1);
        SetItem(d, n, v);
    }

    private static void PushLeft(Value d, Value v)
    {
        Grow(d);
        long s = Storage(d);
        int head = (int)((Field(d, Off.DequeHead) - 1) & (Capacity(s) - 1));
        SetField(d, Off.DequeHead, head);
        SetField(d, Off.DequeCount, Count(d) + 1);
        SetItem(d, 0, v);
    }

    /// d.append(v): a full bounded deque drops its leftmost item.
    public static void Append(Value d, Value v)
    {
        PushRight(d, v);
        Touch(d);
        long maxlen = MaxLen(d);
        if (maxlen >= 0 && Count(d) > maxlen) PopLeft(d);
    }

    public static void AppendLeft(Value d, Value v)
    {
        PushLeft(d, v);
        Touch(d);
        long maxlen = MaxLen(d);
        if (maxlen >= 0 && Count(d) > maxlen) PopRight(d);
    }

    /// Removes and returns the rightmost item (the deque is not empty).
    public static Value PopRight(Value d)
    {
        int n = Count(d);
        Value v = Item(d, n - 1);
        SetItem(d, n - 1, Value.Null);
        SetField(d, Off.DequeCount, n - 1);
        Touch(d);
        return v;
    }

    public static Value PopLeft(Value d)
    {
        long s = Storage(d);
        Value v = Item(d, 0);
        SetItem(d, 0, Value.Null);
        SetField(d, Off.DequeHead, (Field(d, Off.DequeHead) + 1) & (Capacity(s) - 1));
        SetField(d, Off.DequeCount, Count(d) - 1);
        Touch(d);
        return v;
    }

    public static void Clear(Value d)
    {
        Barrier.Write(d.Ref);
        Mem.StoreValue(d.Ref, Off.DequeStorage, Value.Null);
        Mem.StoreValue(d.Ref, Off.DequeCount, Value.FromSmallInt(0));
        Mem.StoreValue(d.Ref, Off.DequeHead, Value.FromSmallInt(0));
        Touch(d);
    }

    /// The items in order, copied (no guest code).
    public static Value[] ToArray(Value d)
    {
        int n = Count(d);
        var items = new Value[n];
        for (int i = 0; i < n; i++) items[i] = Item(d, i);
        return items;
    }

    /// Replaces the items by `items` (in order), keeping the maxlen and counting a mutation.
    public static void Fill(Value d, ReadOnlySpan<Value> items)
    {
        int cap = MinCapacity;
        while (cap < items.Length) cap *= 2;
        long ns = Collector.AllocateArray((uint)TypeId.ValueArray, cap);
        items.CopyTo(Mem.Values(ns, Off.ArrayData, items.Length));
        Barrier.Write(d.Ref);
        Mem.StoreValue(d.Ref, Off.DequeStorage, Value.FromRef(ns));
        Mem.StoreValue(d.Ref, Off.DequeCount, Value.FromSmallInt(items.Length));
        Mem.StoreValue(d.Ref, Off.DequeHead, Value.FromSmallInt(0));
        Touch(d);
    }

    /// d.rotate(n): moves the head slot when the storage is full, else moves items one by one
    /// between the ends (at most count/2 of them).
    public static void Rotate(Value d, long n)
    {
        int len = Count(d);
        if (len <= 1) return;
        Touch(d);
        long k = n % len;
        if (k < 0) k += len;
        if (k > len / 2) k -= len;
        for (; k > 0; k--) PushLeft(d, PopRightRaw(d));
        for (; k < 0; k++) PushRight(d, PopLeftRaw(d));
    }

    private static Value PopRightRaw(Value d)
    {
        int n = Count(d);
        Value v = Item(d, n - 1);
        SetItem(d, n - 1, Value.Null);
        SetField(d, Off.DequeCount, n - 1);
        return v;
    }

    private static Value PopLeftRaw(Value d)
    {
        long s = Storage(d);
        Value v = Item(d, 0);
        SetItem(d, 0, Value.Null);
        SetField(d, Off.DequeHead, (Field(d, Off.DequeHead) + 1) & (Capacity(s) - 1));
        SetField(d, Off.DequeCount, Count(d) - 1);
        return v;
    }

    /// Reverses in place (iterators are not invalidated, as in CPython).
    public static void Reverse(Value d)
    {
        for (long i = 0, j = Count(d) - 1; i < j; i++, j--)
        {
            Value a = Item(d, i);
            SetItem(d, i, Item(d, j));
            SetItem(d, j, a);
        }
    }

    /// Removes the item at logical index i (0 <= i < count), shifting the shorter side.
    public static void DeleteAt(Value d, long i)
    {
        int n = Count(d);
        if (i < n / 2)
        {
            for (long j = i; j > 0; j--) SetItem(d, j, Item(d, j - 1));
            PopLeft(d);
        }
        else
        {
            for (long j = i; j < n - 1; j++) SetItem(d, j, Item(d, j + 1));
            PopRight(d);
        }
    }

    /// Inserts v before logical index i (0 <= i <= count), ignoring maxlen.
    public static void InsertAt(Value d, long i, Value v)
    {
        PushRight(d, v);
        Touch(d);
        for (long j = Count(d) - 1; j > i; j--) SetItem(d, j, Item(d, j - 1));
        SetItem(d, i, v);
    }

    // Iterators (layouts DequeIter, DequeRevIter): [index: next logical index][A deque]
    // [B state at creation][C items left].

    public static Value NewIter(Value d, bool reversed)
    {
        int n = Count(d);
        return Iterators.NewIter(reversed ? TypeId.DequeRevIter : TypeId.DequeIter, reversed ? n - 1 : 0, d,
            Value.FromSmallInt(State(d)), Value.FromSmallInt(n));
    }

    /// The next item, or Null at the end; RuntimeError when the deque changed meanwhile.
    public static Value NextIter(Value it)
    {
        Value d = Iterators.A(it);
        if (State(d) != Iterators.B(it).SmallInt)
        {
            Iterators.SetField(it, Off.IterC, Value.FromSmallInt(0));
            throw Errors.RuntimeError("deque mutated during iteration");
        }
        long left = Iterators.C(it).SmallInt;
        if (left == 0) return Value.Null;
        long i = Iterators.Index(it);
        bool reversed = Ops.Is(it, TypeId.DequeRevIter);
        Iterators.SetIndex(it, reversed ? i - 1 : i + 1);
        Iterators.SetField(it, Off.IterC, Value.FromSmallInt(left - 1));
        return Item(d, i);
    }

    public static long LengthHint(Value it) => Iterators.C(it).SmallInt;
}
