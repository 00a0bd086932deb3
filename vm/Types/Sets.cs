// set and frozenset: open addressing exactly as CPython 3.11's setobject.c (linear probes of
// 9 slots then perturbation, the same fill/used accounting, dummies, resizing and merge
// paths), so that iteration order matches CPython's. The table is a ValueArray of mask+2
// words: word 0 is a ByteBuffer of full 64-bit hashes, words 1.. the keys (Null = never
// used, the Dummy object = deleted). Fields (small ints): SetFill, SetUsed, SetMask,
// SetFinger (pop's search start), SetHash (frozenset's cached hash when it fits a small int).
// Methods and constructors are in SetMethods.cs.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Sets
{
    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private const int Size = Off.SetHash + 8;

    /// Marks deleted slots (never visible to guest code). Made at start-up: in the STM build
    /// an object first made inside a transaction that then aborted would be lost.
    private static Value Dummy;

    [Setup(SetupPhase.TypeMethods)]
    private static void CreateDummy()
    {
        Dummy = Value.FromRef(Collector.AllocateOldArray((uint)TypeId.ValueArray, 0));
        Heap.Instance.GlobalRoots.Add(Dummy);
    }

    public static Value New() => NewOfType(BuiltinTypes.Set);

    /// An empty set or frozenset of class `type` (set, frozenset, or a subclass).
    public static Value NewOfType(PyType type)
    {
        var layout = type.IsSubtypeOf(BuiltinTypes.FrozenSet) ? TypeId.FrozenSet : TypeId.Set;
        long obj = Collector.Allocate((uint)layout, Size);
        Mem.StoreValue(obj, Off.Class, type.Ref);
        Mem.StoreValue(obj, Off.SetFinger, Value.FromSmallInt(0));
        SetEmptyTable(obj, MinSize);
        return Value.FromRef(obj);
    }

    public static Value NewFrozen(ReadOnlySpan<Value> items)
    {
        Value s = NewOfType(BuiltinTypes.FrozenSet);
        for (int i = 0; i < items.Length; i++) Add(s, items[i]);
        return s;
    }

    /// The frozenset constant CPython's compiler makes for a set display of 3 or more constants
    /// ({1, 2, 3} is BUILD_SET 0 + LOAD_CONST frozenset + SET_UPDATE): built from the items,
    /// then rebuilt in that first set's iteration order (its constant merging does so), which
    /// can change the order when hashes collide.
    public static Value NewConstantFrozen(ReadOnlySpan<Value> items)
    {
        Value first = NewFrozen(items);
        Value result = NewOfType(BuiltinTypes.FrozenSet);
        long pos = 0;
        while (Next(first, ref pos, out Value key, out long hash)) AddEntry(result, key, hash);
        return result;
    }

    public static bool IsAnySet(Value v) => Ops.Is(v, TypeId.Set) || Ops.Is(v, TypeId.FrozenSet);
    public static bool IsFrozen(Value v) => Ops.Is(v, TypeId.FrozenSet);

    public static int Count(Value set)
    {
        Barrier.Read(set.Ref);
        return (int)Mem.LoadValue(set.Ref, Off.SetUsed).SmallInt;
    }

    // ---- raw table access ----

    private static long Field(long s, int off) => Mem.LoadValue(s, off).SmallInt;
    private static void SetField(long s, int off, long v) => Mem.StoreValue(s, off, Value.FromSmallInt(v));
    /// The table and its hash buffer, with their read barriers taken (callers read them next).
    private static long Table(long s)
    {
        long table = Mem.Load(s, Off.SetTable);
        Barrier.Read(table);
        return table;
    }

    private static long Hashes(long table)
    {
        long hashes = Mem.Load(table, Off.ArrayData);
        Barrier.Read(hashes);
        return hashes;
    }
    private static Value KeyAt(long table, long i) => Mem.LoadValue(table, Off.ArrayData + 8 + 8 * (int)i);
    private static long HashAt(long table, long i) => Mem.Load(Hashes(table), Off.ArrayData + 8 * (int)i);

    private static void Store(long table, long i, Value key, long hash)
    {
        Mem.StoreValue(table, Off.ArrayData + 8 + 8 * (int)i, key);
        Mem.Store(Hashes(table), Off.ArrayData + 8 * (int)i, hash);
    }

    private static long NewTable(long size)
    {
        long hashes = Collector.AllocateArray((uint)TypeId.ByteBuffer, 8 * size);
        long table = Collector.AllocateArray((uint)TypeId.ValueArray, size + 1);
        Mem.Store(table, Off.ArrayData, hashes);
        return table;
    }

    private static void SetEmptyTable(long s, long size)
    {
        Mem.Store(s, Off.SetTable, NewTable(size));
        SetField(s, Off.SetMask, size - 1);
        SetField(s, Off.SetFill, 0);
        SetField(s, Off.SetUsed, 0);
    }

    private static bool IsLive(Value key) => !key.IsNull && key != Dummy;

    // ---- probing ----

    /// The slot holding key, or -1 (set_lookkey). May run guest __eq__; set and key are
    /// updated if a collection moves them.
    private static long Lookup(ref Value set, ref Value key, long hash)
    {
    restart:
        Barrier.Read(set.Ref);
        long table = Table(set.Ref);
        ulong mask = (ulong)Field(set.Ref, Off.SetMask), perturb = (ulong)hash, i = (ulong)hash & mask;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (ulong j = i; ; j++)
            {
                Value k = KeyAt(table, (long)j);
                if (k.IsNull) return -1;
                if (HashAt(table, (long)j) == hash && k != Dummy)
                {
                    if (KeysEqual(ref set, ref key, k, (long)j, out bool eq, out bool changed))
                    {
                        if (changed) goto restart;
                        if (eq) return (long)j;
                        table = Table(set.Ref);
                        mask = (ulong)Field(set.Ref, Off.SetMask);
                    }
                    else return (long)j;
                }
                if (probes-- == 0) break;
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// Compares a stored key k (slot j) with key. Returns false when they are identical or
    /// equal strs (a match, no guest code); otherwise runs __eq__ and reports whether the
    /// set's table or that slot changed meanwhile.
    private static bool KeysEqual(ref Value set, ref Value key, Value k, long j, out bool eq, out bool changed)
    {
        eq = changed = false;
        if (k == key) return false;
        if (Strs.IsPlainStr(k) && Strs.IsPlainStr(key))
        {
            if (Strs.Equal(k, key)) return false;
            return true;
        }
        using var rs = new RootScope();
        int hs = rs.Add(set), hk = rs.Add(key), hsk = rs.Add(k), ht = rs.Add(Mem.LoadValue(set.Ref, Off.SetTable));
        eq = Ops.Eq(k, key);
        set = rs[hs];
        key = rs[hk];
        Barrier.Read(set.Ref);
        changed = Mem.LoadValue(set.Ref, Off.SetTable) != rs[ht] || KeyAt(Table(set.Ref), j) != rs[hsk];
        return true;
    }

    /// set_add_entry.
    internal static void AddEntry(Value set, Value key, long hash)
    {
    restart:
        Barrier.Read(set.Ref);
        long table = Table(set.Ref);
        ulong mask = (ulong)Field(set.Ref, Off.SetMask), perturb = (ulong)hash, i = (ulong)hash & mask;
        long freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (ulong j = i; ; j++)
            {
                Value k = KeyAt(table, (long)j);
                if (k.IsNull)
                {
                    FillSlot(set.Ref, freeSlot >= 0 ? freeSlot : (long)j, key, hash, freeSlot < 0);
                    return;
                }
                long h = HashAt(table, (long)j);
                if (h == hash && k != Dummy)
                {
                    if (!KeysEqual(ref set, ref key, k, (long)j, out bool eq, out bool changed)) return;
                    if (eq) return;
                    if (changed) goto restart;
                    table = Table(set.Ref);
                    mask = (ulong)Field(set.Ref, Off.SetMask);
                }
                else if (k == Dummy) freeSlot = (long)j;
                if (probes-- == 0) break;
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    private static void FillSlot(long s, long slot, Value key, long hash, bool wasUnused)
    {
        Barrier.Write(s);
        long table = Table(s);
        Barrier.Write(table);
        Barrier.Write(Hashes(table));
        Store(table, slot, key, hash);
        long used = Field(s, Off.SetUsed) + 1;
        SetField(s, Off.SetUsed, used);
        InvalidateHash(s);
        if (!wasUnused) return;
        long fill = Field(s, Off.SetFill) + 1;
        SetField(s, Off.SetFill, fill);
        if ((ulong)fill * 5 >= (ulong)Field(s, Off.SetMask) * 3)
            Resize(s, used > 50000 ? used * 2 : used * 4);
    }

    private static void InvalidateHash(long s) => Mem.Store(s, Off.SetHash, 0);

    /// set_insert_clean: a key known absent, into a table without dummies.
    private static void InsertClean(long table, ulong mask, Value key, long hash)
    {
        ulong perturb = (ulong)hash, i = (ulong)hash & mask;
        while (true)
        {
            if (KeyAt(table, (long)i).IsNull) { Store(table, (long)i, key, hash); return; }
            if (i + LinearProbes <= mask)
                for (ulong j = i + 1; j <= i + LinearProbes; j++)
                    if (KeyAt(table, (long)j).IsNull) { Store(table, (long)j, key, hash); return; }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// set_table_resize: the smallest power of two > minUsed (at least 8).
    private static void Resize(long s, long minUsed)
    {
        long newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        long oldTable = Table(s), oldMask = Field(s, Off.SetMask);
        long table = NewTable(newSize);
        ulong newMask = (ulong)newSize - 1;
        for (long i = 0; i <= oldMask; i++)
        {
            Value k = KeyAt(oldTable, i);
            if (IsLive(k)) InsertClean(table, newMask, k, HashAt(oldTable, i));
        }
        Barrier.Write(s);
        Mem.Store(s, Off.SetTable, table);
        SetField(s, Off.SetMask, (long)newMask);
        SetField(s, Off.SetFill, Field(s, Off.SetUsed));
    }

    // ---- public API ----

    public static long HashOf(ref Value key, ref Value set)
    {
        if (Dicts.TryPlainHash(key, out long plain)) return plain;
        using var rs = new RootScope();
        int hk = rs.Add(key), hs = rs.Add(set);
        long h = Ops.Hash(key);
        key = rs[hk];
        set = rs[hs];
        return h;
    }

    public static void Add(Value set, Value item)
    {
        long h = HashOf(ref item, ref set);
        AddEntry(set, item, h);
    }

    public static bool Contains(Value set, Value item)
    {
        long h = HashOf(ref item, ref set);
        return Lookup(ref set, ref item, h) >= 0;
    }

    internal static bool ContainsEntry(Value set, Value item, long hash) => Lookup(ref set, ref item, hash) >= 0;

    /// Removes item; false when absent (set_discard_key).
    public static bool Discard(Value set, Value item)
    {
        long h = HashOf(ref item, ref set);
        return DiscardEntry(set, item, h);
    }

    internal static bool DiscardEntry(Value set, Value item, long hash)
    {
        long slot = Lookup(ref set, ref item, hash);
        if (slot < 0) return false;
        long s = set.Ref, table = Table(s);
        Barrier.Write(s);
        Barrier.Write(table);
        Barrier.Write(Hashes(table));
        Store(table, slot, Dummy, -1);
        SetField(s, Off.SetUsed, Field(s, Off.SetUsed) - 1);
        InvalidateHash(s);
        return true;
    }

    /// Iterates live entries in table order: start with pos = 0; false at the end.
    public static bool Next(Value set, ref long pos, out Value key, out long hash)
    {
        Barrier.Read(set.Ref);
        long table = Table(set.Ref), mask = Field(set.Ref, Off.SetMask);
        while (pos <= mask)
        {
            long i = pos++;
            key = KeyAt(table, i);
            if (IsLive(key))
            {
                hash = HashAt(table, i);
                return true;
            }
        }
        key = Value.Null;
        hash = 0;
        return false;
    }

    /// set.pop(): from the search finger on; KeyError when empty.
    public static Value Pop(Value set)
    {
        long s = set.Ref;
        if (Count(set) == 0) throw Errors.New(BuiltinTypes.KeyError, "pop from an empty set");
        long table = Table(s), mask = Field(s, Off.SetMask), i = Field(s, Off.SetFinger) & mask;
        while (!IsLive(KeyAt(table, i))) i = i == mask ? 0 : i + 1;
        Value key = KeyAt(table, i);
        Barrier.Write(s);
        Barrier.Write(table);
        Barrier.Write(Hashes(table));
        Store(table, i, Dummy, -1);
        SetField(s, Off.SetUsed, Field(s, Off.SetUsed) - 1);
        SetField(s, Off.SetFinger, i + 1);
        return key;
    }

    public static void Clear(Value set)
    {
        Barrier.Write(set.Ref);
        SetEmptyTable(set.Ref, MinSize);
        InvalidateHash(set.Ref);
    }

    /// set_merge: adds every element of another set or frozenset.
    public static void Merge(Value set, Value other)
    {
        if (set == other || Count(other) == 0) return;
        long s = set.Ref, o = other.Ref;
        Barrier.Read(o);
        long otherUsed = Field(o, Off.SetUsed);
        if ((Field(s, Off.SetFill) + otherUsed) * 5 >= Field(s, Off.SetMask) * 3)
            Resize(s, (Field(s, Off.SetUsed) + otherUsed) * 2);
        if (Field(s, Off.SetFill) == 0)
        {
            MergeIntoEmpty(s, o);
            return;
        }
        long pos = 0;
        using var rs = new RootScope();
        int hs = rs.Add(set), ho = rs.Add(other);
        while (Next(rs[ho], ref pos, out Value key, out long hash)) AddEntry(rs[hs], key, hash);
    }

    /// The two fast paths of set_merge into an empty table (copy slots, or insert clean).
    private static void MergeIntoEmpty(long s, long o)
    {
        long table = Table(s), otherTable = Table(o), otherMask = Field(o, Off.SetMask);
        bool sameShape = Field(s, Off.SetMask) == otherMask && Field(o, Off.SetFill) == Field(o, Off.SetUsed);
        Barrier.Write(s);
        Barrier.Write(table);
        Barrier.Write(Hashes(table));
        for (long i = 0; i <= otherMask; i++)
        {
            Value k = KeyAt(otherTable, i);
            if (!IsLive(k)) continue;
            if (sameShape) Store(table, i, k, HashAt(otherTable, i));
            else InsertClean(table, (ulong)Field(s, Off.SetMask), k, HashAt(otherTable, i));
        }
        long used = Field(o, Off.SetUsed);
        SetField(s, Off.SetFill, sameShape ? Field(o, Off.SetFill) : used);
        SetField(s, Off.SetUsed, used);
        InvalidateHash(s);
    }

    /// Pre-sizes the table before adding `extra` entries (set_update_internal with a dict).
    internal static void ReserveFor(Value set, long extra)
    {
        long s = set.Ref;
        if ((Field(s, Off.SetFill) + extra) * 5 >= Field(s, Off.SetMask) * 3)
            Resize(s, (Field(s, Off.SetUsed) + extra) * 2);
    }

    /// Drops dummies when more than a quarter of the table holds them (after difference_update).
    internal static void CompactAfterRemovals(Value set)
    {
        long s = set.Ref, used = Field(s, Off.SetUsed);
        if ((ulong)(Field(s, Off.SetFill) - used) <= (ulong)Field(s, Off.SetMask) / 4) return;
        Resize(s, used > 50000 ? used * 2 : used * 4);
    }

    /// Exchanges the contents of two sets (set_swap_bodies), used by the in-place updates.
    internal static void SwapBodies(Value a, Value b)
    {
        Barrier.Write(a.Ref);
        Barrier.Write(b.Ref);
        foreach (int off in new[] { Off.SetFill, Off.SetUsed, Off.SetMask, Off.SetTable })
        {
            long t = Mem.Load(a.Ref, off);
            Mem.Store(a.Ref, off, Mem.Load(b.Ref, off));
            Mem.Store(b.Ref, off, t);
        }
        InvalidateHash(a.Ref);
        InvalidateHash(b.Ref);
    }

    /// hash(frozenset): CPython's frozenset_hash exactly.
    public static long Hash(Value set)
    {
        Value cached = Mem.LoadValue(set.Ref, Off.SetHash);
        if (!cached.IsNull) return cached.SmallInt;
        ulong hash = 0;
        long pos = 0;
        while (Next(set, ref pos, out _, out long h)) hash ^= ShuffleBits((ulong)h);
        hash ^= ((ulong)Count(set) + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        long result = (long)hash;
        if (Value.FitsSmallInt(result))
        {
            Barrier.Write(set.Ref);
            Mem.StoreValue(set.Ref, Off.SetHash, Value.FromSmallInt(result));
        }
        return result;
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}
