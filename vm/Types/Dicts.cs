// dict: insertion-ordered, CPython 3.11's compact layout. An index table (ByteBuffer of
// int32 slots, a power of two, -1 empty, -2 deleted) points into an entries array
// (ValueArray of (hash as small int, key, value) triples, appended in insertion order;
// a deleted entry keeps its place with key and value Null). Lookups compare hashes, then
// identity, then __eq__ (guest code: the dict is re-read afterwards and the lookup restarts
// if the dict changed, as CPython does). str keys take a fast path, and GetStr/SetStr look
// up .NET strings without allocating. Methods are in DictMethods.cs, views in DictViews.cs.
//
// Fields (value words, small ints): DictCount = live items (ma_used), DictUsed = entries
// appended so far (dk_nentries). Hashes are stored as 63-bit small ints: probing always
// uses that truncated form, which only changes the (unobservable) probe order.
using System.Runtime.CompilerServices;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Dicts
{
    private const int MinSize = 8, EmptySlot = -1, DeletedSlot = -2, PerturbShift = 5;
    private const int Size = Off.DictEntries + 8;

    /// Old dicts made before BuiltinTypes.Dict existed (type namespaces at start-up): their class
    /// word is filled in by FixEarlyClassWords. Old objects never move.
    private static readonly List<long> _early = new();

    public static Value New() => Init(Collector.Allocate((uint)TypeId.Dict, Size), BuiltinTypes.Dict);

    /// In old space (module and class namespaces referenced from VM structures).
    public static Value NewOld() => Init(Collector.AllocateOld((uint)TypeId.Dict, Size), BuiltinTypes.Dict);

    /// An empty instance of `type` (dict or a subclass of it).
    public static Value NewOfType(PyType type) => Init(Collector.Allocate((uint)TypeId.Dict, Size), type);

    private static Value Init(long obj, PyType? type)
    {
        if (type == null) lock (_early) _early.Add(obj);
        else Mem.StoreValue(obj, Off.Class, type.Ref);
        Mem.StoreValue(obj, Off.DictCount, Value.FromSmallInt(0));
        Mem.StoreValue(obj, Off.DictUsed, Value.FromSmallInt(0));
        return Value.FromRef(obj);
    }

    internal static void FixEarlyClassWords()
    {
        lock (_early)
        {
            foreach (long d in _early) Mem.StoreValue(d, Off.Class, BuiltinTypes.Dict.Ref);
            _early.Clear();
        }
    }

    public static bool IsDict(Value v) => Ops.Is(v, TypeId.Dict);

    public static int Count(Value dict)
    {
        Barrier.Read(dict.Ref);
        return (int)Mem.LoadValue(dict.Ref, Off.DictCount).SmallInt;
    }

    // ---- raw table access ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe ref int Slot(long indices, ulong i) => ref *(int*)(Mem.Ptr(indices) + Off.ArrayData + 4 * (long)i);

    private static long TableSize(long indices) => Mem.Load(indices, Off.Length) >> 2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EntryOffset(int ix, int field) => Off.ArrayData + 8 * (3 * ix + field);

    internal static long EntryHash(long entries, int ix) => Mem.LoadValue(entries, EntryOffset(ix, 0)).SmallInt;
    internal static Value EntryKey(long entries, int ix) => Mem.LoadValue(entries, EntryOffset(ix, 1));
    internal static Value EntryValue(long entries, int ix) => Mem.LoadValue(entries, EntryOffset(ix, 2));

    /// The index table and the entries array (0 when the dict never held anything), with the
    /// read barrier of the array taken: callers read their contents next.
    private static long Indices(long d) => ReadArray(Mem.Load(d, Off.DictIndices));
    private static long Entries(long d) => ReadArray(Mem.Load(d, Off.DictEntries));
    internal static long EntriesOf(Value dict) => Entries(dict.Ref);

    private static long ReadArray(long array)
    {
        if (array != 0) Barrier.Read(array);
        return array;
    }
    internal static int Appended(long d) => (int)Mem.LoadValue(d, Off.DictUsed).SmallInt;
    private static int Usable(long tableSize) => (int)((tableSize << 1) / 3);

    /// The hash as stored in entries (63 bits, sign-extended).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Stored(long hash) => (hash << 1) >> 1;

    // ---- lookup ----

    /// The entry index of key (hash already Stored), or -1. May run guest __eq__: dict, key and
    /// `extra` (a value the caller keeps) are updated in place if a collection moves them.
    internal static int Find(ref Value dict, ref Value key, long hash, ref Value extra)
    {
    restart:
        Barrier.Read(dict.Ref);
        long indices = Indices(dict.Ref);
        if (indices == 0) return -1;
        long entries = Entries(dict.Ref);
        ulong mask = (ulong)TableSize(indices) - 1, perturb = (ulong)hash, i = (ulong)hash & mask;
        while (true)
        {
            int ix = Slot(indices, i);
            if (ix == EmptySlot) return -1;
            if (ix >= 0 && EntryHash(entries, ix) == hash)
            {
                Value k = EntryKey(entries, ix);
                if (k == key) return ix;
                if (Strs.IsPlainStr(k) && Strs.IsPlainStr(key))
                {
                    if (Strs.Equal(k, key)) return ix;
                }
                else
                {
                    if (!GuestEq(ref dict, ref key, ref extra, k, ix, out bool eq)) goto restart;
                    if (eq) return ix;
                    indices = Indices(dict.Ref);
                    entries = Entries(dict.Ref);
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /// Compares a stored key with the looked-up key through __eq__; false when the dict's
    /// tables or that entry changed meanwhile (the lookup must restart).
    private static bool GuestEq(ref Value dict, ref Value key, ref Value extra, Value stored, int ix, out bool eq)
    {
        using var rs = new RootScope();
        int hd = rs.Add(dict), hk = rs.Add(key), hx = rs.Add(extra), hs = rs.Add(stored);
        int hi = rs.Add(Mem.LoadValue(dict.Ref, Off.DictIndices)), he = rs.Add(Mem.LoadValue(dict.Ref, Off.DictEntries));
        eq = Ops.Eq(stored, key);
        dict = rs[hd];
        key = rs[hk];
        extra = rs[hx];
        Barrier.Read(dict.Ref);
        Value entries = rs[he];
        return Mem.LoadValue(dict.Ref, Off.DictIndices) == rs[hi] && Mem.LoadValue(dict.Ref, Off.DictEntries) == entries
            && EntryKey(entries.Ref, ix) == rs[hs];
    }

    /// Entry index of a str key given as a .NET string, or -1 (no guest code, no allocation).
    private static int FindStr(Value dict, string key, long hash)
    {
        Barrier.Read(dict.Ref);
        long indices = Indices(dict.Ref);
        if (indices == 0) return -1;
        long entries = Entries(dict.Ref);
        ulong mask = (ulong)TableSize(indices) - 1, perturb = (ulong)hash, i = (ulong)hash & mask;
        while (true)
        {
            int ix = Slot(indices, i);
            if (ix == EmptySlot) return -1;
            if (ix >= 0 && EntryHash(entries, ix) == hash)
            {
                Value k = EntryKey(entries, ix);
                if (Ops.Is(k, TypeId.Str) && Strs.EqualsNet(k, key)) return ix;
            }
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /// Entry index of exactly this key object (an interned str), or -1. Inline caches
    /// (Interp/InlineCaches.cs) remember it and later check the entry's key by identity.
    internal static int FindIdentical(Value dict, Value key)
    {
        long hash = Stored(Strs.Hash(key));
        Barrier.Read(dict.Ref);
        long indices = Indices(dict.Ref);
        if (indices == 0) return -1;
        long entries = Entries(dict.Ref);
        ulong mask = (ulong)TableSize(indices) - 1, perturb = (ulong)hash, i = (ulong)hash & mask;
        while (true)
        {
            int ix = Slot(indices, i);
            if (ix == EmptySlot) return -1;
            if (ix >= 0 && EntryKey(entries, ix) == key) return ix;
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /// The table slot holding entry ix (it must be there).
    private static ulong SlotOf(long indices, long hash, int ix)
    {
        ulong mask = (ulong)TableSize(indices) - 1, perturb = (ulong)hash, i = (ulong)hash & mask;
        while (Slot(indices, i) != ix)
        {
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    private static ulong FreeSlot(long indices, long hash)
    {
        ulong mask = (ulong)TableSize(indices) - 1, perturb = (ulong)hash, i = (ulong)hash & mask;
        while (Slot(indices, i) >= 0)
        {
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    // ---- public API ----

    /// The value for key, or Value.Null when absent. May run guest __hash__/__eq__.
    public static Value Get(Value dict, Value key)
    {
        long hash = Stored(HashOf(ref key, ref dict));
        Value none = default;
        int ix = Find(ref dict, ref key, hash, ref none);
        return ix < 0 ? Value.Null : EntryValue(Entries(dict.Ref), ix);
    }

    /// Get with a hash computed by the caller (set operations with dicts).
    internal static bool ContainsKnownHash(Value dict, Value key, long hash)
    {
        Value none = default;
        return Find(ref dict, ref key, Stored(hash), ref none) >= 0;
    }

    public static bool ContainsKey(Value dict, Value key) => !Get(dict, key).IsNull;

    public static void Set(Value dict, Value key, Value value)
    {
        if (!TryPlainHash(key, out long hash))
        {
            using var rs = new RootScope();
            int hv = rs.Add(value);
            hash = HashOf(ref key, ref dict);
            value = rs[hv];
        }
        SetWithHash(dict, key, Stored(hash), value);
    }

    internal static void SetWithHash(Value dict, Value key, long hash, Value value)
    {
        int ix = Find(ref dict, ref key, hash, ref value);
        if (ix >= 0)
        {
            long entries = Entries(dict.Ref);
            Barrier.Write(entries);
            Mem.StoreValue(entries, EntryOffset(ix, 2), value);
        }
        else InsertNew(dict.Ref, key, hash, value);
    }

    /// Removes key; false when absent.
    public static bool Delete(Value dict, Value key)
    {
        long hash = Stored(HashOf(ref key, ref dict));
        Value none = default;
        int ix = Find(ref dict, ref key, hash, ref none);
        if (ix < 0) return false;
        RemoveEntry(dict.Ref, ix, hash);
        return true;
    }

    /// Removes key and returns its value, or Null when absent.
    public static Value Pop(Value dict, Value key)
    {
        long hash = Stored(HashOf(ref key, ref dict));
        Value none = default;
        int ix = Find(ref dict, ref key, hash, ref none);
        if (ix < 0) return Value.Null;
        Value v = EntryValue(Entries(dict.Ref), ix);
        RemoveEntry(dict.Ref, ix, hash);
        return v;
    }

    public static Value GetStr(Value dict, string key)
    {
        int ix = FindStr(dict, key, Stored(Strs.Hash(key)));
        return ix < 0 ? Value.Null : EntryValue(Entries(dict.Ref), ix);
    }

    public static void SetStr(Value dict, string key, Value value)
    {
        long hash = Stored(Strs.Hash(key));
        int ix = FindStr(dict, key, hash);
        if (ix >= 0)
        {
            long entries = Entries(dict.Ref);
            Barrier.Write(entries);
            Mem.StoreValue(entries, EntryOffset(ix, 2), value);
        }
        else InsertNew(dict.Ref, Strs.Intern(key), hash, value);
    }

    public static bool DeleteStr(Value dict, string key)
    {
        long hash = Stored(Strs.Hash(key));
        int ix = FindStr(dict, key, hash);
        if (ix < 0) return false;
        RemoveEntry(dict.Ref, ix, hash);
        return true;
    }

    /// Iterates entries in order: start with pos = 0; false at the end.
    public static bool Next(Value dict, ref int pos, out Value key, out Value value)
    {
        Barrier.Read(dict.Ref);
        long entries = Entries(dict.Ref);
        int n = Appended(dict.Ref);
        while (pos < n)
        {
            int ix = pos++;
            key = EntryKey(entries, ix);
            if (!key.IsNull)
            {
                value = EntryValue(entries, ix);
                return true;
            }
        }
        key = value = Value.Null;
        return false;
    }

    /// Like Next, also giving the stored hash.
    internal static bool NextWithHash(Value dict, ref int pos, out Value key, out long hash)
    {
        bool found = Next(dict, ref pos, out key, out _);
        hash = found ? EntryHash(Entries(dict.Ref), pos - 1) : 0;
        return found;
    }

    public static void Clear(Value dict)
    {
        Barrier.Write(dict.Ref);
        Mem.Store(dict.Ref, Off.DictIndices, 0);
        Mem.Store(dict.Ref, Off.DictEntries, 0);
        Mem.StoreValue(dict.Ref, Off.DictCount, Value.FromSmallInt(0));
        Mem.StoreValue(dict.Ref, Off.DictUsed, Value.FromSmallInt(0));
    }

    /// Removes and returns the last item (popitem), or false when empty.
    public static bool PopLast(Value dict, out Value key, out Value value)
    {
        key = value = Value.Null;
        if (Count(dict) == 0) return false;
        long d = dict.Ref, entries = Entries(d);
        int ix = Appended(d) - 1;
        while (EntryKey(entries, ix).IsNull) ix--;
        key = EntryKey(entries, ix);
        value = EntryValue(entries, ix);
        RemoveEntry(d, ix, EntryHash(entries, ix));
        Barrier.Write(d);
        Mem.StoreValue(d, Off.DictUsed, Value.FromSmallInt(ix));
        return true;
    }

    /// A shallow copy (a plain dict).
    public static Value Copy(Value dict)
    {
        Value copy = New();
        int pos = 0;
        while (NextWithHash(dict, ref pos, out Value k, out long h))
            InsertNew(copy.Ref, k, h, EntryValue(Entries(dict.Ref), pos - 1));
        return copy;
    }

    // ---- mutation internals (no guest code) ----

    /// hash(key) for keys whose hash runs no guest code (small ints, strs).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryPlainHash(Value key, out long hash)
    {
        if (key.IsSmallInt)
        {
            long x = key.SmallInt;
            hash = x > -Ints.HashModulus && x < Ints.HashModulus ? (x == -1 ? -2 : x) : Ints.Hash(key);
            return true;
        }
        if (Strs.IsPlainStr(key))
        {
            hash = Strs.Hash(key);
            return true;
        }
        hash = 0;
        return false;
    }

    private static long HashOf(ref Value key, ref Value dict)
    {
        if (TryPlainHash(key, out long plain)) return plain;
        using var rs = new RootScope();
        int hk = rs.Add(key), hd = rs.Add(dict);
        long h = Ops.Hash(key);
        key = rs[hk];
        dict = rs[hd];
        return h;
    }

    /// Appends a key known to be absent.
    internal static void InsertNew(long d, Value key, long hash, Value value)
    {
        Barrier.Write(d);
        long indices = Indices(d);
        int n = Appended(d);
        if (indices == 0 || n >= Usable(TableSize(indices)))
        {
            Resize(d, Count(Value.FromRef(d)) * 3);
            indices = Indices(d);
            n = Appended(d);
        }
        long entries = Entries(d);
        Barrier.Write(indices);
        Barrier.Write(entries);
        Slot(indices, FreeSlot(indices, hash)) = n;
        Mem.StoreValue(entries, EntryOffset(n, 0), Value.FromSmallInt(hash));
        Mem.StoreValue(entries, EntryOffset(n, 1), key);
        Mem.StoreValue(entries, EntryOffset(n, 2), value);
        Mem.StoreValue(d, Off.DictUsed, Value.FromSmallInt(n + 1));
        Mem.StoreValue(d, Off.DictCount, Value.FromSmallInt(Mem.LoadValue(d, Off.DictCount).SmallInt + 1));
    }

    private static void RemoveEntry(long d, int ix, long hash)
    {
        Barrier.Write(d);
        long indices = Indices(d), entries = Entries(d);
        Barrier.Write(indices);
        Barrier.Write(entries);
        Slot(indices, SlotOf(indices, hash, ix)) = DeletedSlot;
        Mem.StoreValue(entries, EntryOffset(ix, 1), Value.Null);
        Mem.StoreValue(entries, EntryOffset(ix, 2), Value.Null);
        Mem.StoreValue(d, Off.DictCount, Value.FromSmallInt(Mem.LoadValue(d, Off.DictCount).SmallInt - 1));
    }

    /// Rebuilds the tables with room for at least minUsed*... as CPython's dictresize: the
    /// smallest power of two >= minSize (at least 8); live entries are compacted in order.
    private static void Resize(long d, long minSize)
    {
        long size = MinSize;
        while (size < minSize) size <<= 1;
        long newIndices = Collector.AllocateArray((uint)TypeId.ByteBuffer, size * 4);
        Mem.Bytes(newIndices, Off.ArrayData, (int)(size * 4)).Fill(0xff);
        long newEntries = Collector.AllocateArray((uint)TypeId.ValueArray, 3L * Usable(size));
        long oldEntries = Entries(d);
        int n = Appended(d), k = 0;
        for (int ix = 0; ix < n; ix++)
        {
            Value key = EntryKey(oldEntries, ix);
            if (key.IsNull) continue;
            long h = EntryHash(oldEntries, ix);
            Slot(newIndices, FreeSlot(newIndices, h)) = k;
            Mem.StoreValue(newEntries, EntryOffset(k, 0), Value.FromSmallInt(h));
            Mem.StoreValue(newEntries, EntryOffset(k, 1), key);
            Mem.StoreValue(newEntries, EntryOffset(k, 2), EntryValue(oldEntries, ix));
            k++;
        }
        Barrier.Write(d);
        Mem.Store(d, Off.DictIndices, newIndices);
        Mem.Store(d, Off.DictEntries, newEntries);
        Mem.StoreValue(d, Off.DictUsed, Value.FromSmallInt(k));
    }
}
