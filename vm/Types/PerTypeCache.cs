// A table of per-class cache entries indexed by PyType.Index (the instantiation plans of
// TypeCall.cs, the binary dunders of OpsArith.cs), kept beside PyType rather than in it.
// Entries are immutable .NET objects replaced whole and validated by the class version
// they were made at, so readers take no lock; writers lock only to grow the array.
namespace Stmvm.Vm;

internal sealed class PerTypeCache<T> where T : class
{
    private T?[] _items;
    private readonly object _lock = new();

    public PerTypeCache(int stride = 1)
    {
        Stride = stride;
        _items = new T?[256 * stride];
    }

    /// Entries per class (e.g. one per operator).
    public readonly int Stride;

    public T? Get(PyType type, int slot = 0)
    {
        var items = Volatile.Read(ref _items);
        int i = type.Index * Stride + slot;
        return (uint)i < (uint)items.Length ? items[i] : null;
    }

    public void Set(PyType type, T entry, int slot = 0)
    {
        int i = type.Index * Stride + slot;
        lock (_lock)
        {
            var items = _items;
            if (i >= items.Length)
            {
                var bigger = new T?[Math.Max(items.Length * 2, (type.Index + 1) * Stride)];
                items.CopyTo(bigger, 0);
                items = bigger;
                Volatile.Write(ref _items, bigger);
            }
            Volatile.Write(ref items[i], entry);
        }
    }
}
