// A global cache of class attribute lookups along the MRO, as CPython's type attribute
// cache: entries keyed by (class, name string instance, class version). A class's
// version changes whenever it or a base gets an attribute assigned or deleted, so a
// stale entry never matches. Entries are immutable and replaced whole, so threads share
// the table without locks. Only old objects (or absence) are cached: a VM-global table
// must never point into a nursery: a young value is not cached, and a minor collection is
// asked for (Collector.RequestPromotion) so that it is cached at the next lookup.
using System.Runtime.CompilerServices;
using Stmvm.Gc;

namespace Stmvm.Vm;

internal static class AttributeCache
{
    private sealed class Entry(PyType type, string name, long version, Value value)
    {
        public readonly PyType Type = type;
        public readonly string Name = name;
        public readonly long Version = version;
        public readonly Value Value = value;
    }

    private const int Size = 4096;
    private static readonly Entry?[] _entries = new Entry?[Size];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(PyType type, string name) =>
        (RuntimeHelpers.GetHashCode(name) ^ (type.Index * -1640531535)) & (Size - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGet(PyType type, string name, long version, out Value value)
    {
        var e = Volatile.Read(ref _entries[SlotOf(type, name)]);
        if (e != null && e.Type == type && (object)e.Name == name && e.Version == version)
        {
            value = e.Value;
            return true;
        }
        value = default;
        return false;
    }

    public static void Put(PyType type, string name, long version, Value value)
    {
        if (value.IsRef && Collector.IsYoung(value.Ref))
        {
            Collector.RequestPromotion();
            return;
        }
        Volatile.Write(ref _entries[SlotOf(type, name)], new Entry(type, name, version, value));
    }
}
