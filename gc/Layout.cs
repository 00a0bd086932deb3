// How the collector sees an object: its size and which of its words are values.
// The VM registers one GcLayout per type id at start-up; the collector never needs
// to know what the object means. All words in the value range hold tagged Values
// (see Value.cs); words outside it are raw and never followed.
namespace Stmvm.Gc;

public enum LayoutKind : byte
{
    /// Size = BaseSize. Value words: [FirstValue, BaseSize).
    Fixed,
    /// Raw length n (long) at offset 8. Size = BaseSize + 8n. Value words: [FirstValue, size).
    ValueArray,
    /// Raw length n (long) at offset 8. Size = BaseSize + n rounded up to 8. Value words: [FirstValue, BaseSize).
    ByteArray,
}

public readonly record struct GcLayout(LayoutKind Kind, int BaseSize, int FirstValue, string Name, bool Immutable = false)
{
    public static GcLayout Fixed(string name, int baseSize, int firstValue, bool immutable = false)
        => new(LayoutKind.Fixed, baseSize, firstValue, name, immutable);
    public static GcLayout Values(string name, int baseSize, int firstValue, bool immutable = false)
        => new(LayoutKind.ValueArray, baseSize, firstValue, name, immutable);
    public static GcLayout Bytes(string name, int baseSize, int firstValue, bool immutable = false)
        => new(LayoutKind.ByteArray, baseSize, firstValue, name, immutable);
}

/// The table of layouts, indexed by type id. Filled before the first allocation.
public static class Layouts
{
    private static GcLayout[] _table = new GcLayout[64];
    private static bool[] _known = new bool[64];

    public static void Register(uint typeId, GcLayout layout)
    {
        if (typeId >= _table.Length)
        {
            Array.Resize(ref _table, (int)typeId * 2);
            Array.Resize(ref _known, (int)typeId * 2);
        }
        if (layout.BaseSize < 8 || layout.FirstValue < 8 || layout.BaseSize % 8 != 0 || layout.FirstValue % 8 != 0)
            throw new ArgumentException($"bad layout for {layout.Name}");
        if (layout.Kind != LayoutKind.Fixed && (layout.BaseSize < 16 || layout.FirstValue < 16))
            throw new ArgumentException($"array layout {layout.Name} needs its length word at offset 8 (raw, not a value)");
        if (layout.FirstValue > layout.BaseSize)
            throw new ArgumentException($"layout {layout.Name}: value words start past its base size");
        if (typeId >= ushort.MaxValue) throw new ArgumentException("type ids are 16 bits, and 0xFFFF marks free slots");
        _table[typeId] = layout;
        _known[typeId] = true;
    }

    public static ref readonly GcLayout Get(uint typeId) => ref _table[typeId];
    public static bool IsRegistered(uint typeId) => typeId < _known.Length && _known[typeId];

    /// Bytes an object of this layout with `length` elements takes (8-aligned, at least 16).
    public static long SizeFor(in GcLayout l, long length)
    {
        long size = l.Kind switch
        {
            LayoutKind.Fixed => l.BaseSize,
            LayoutKind.ValueArray => l.BaseSize + 8 * length,
            _ => l.BaseSize + ((length + 7) & ~7L),
        };
        return size < 16 ? 16 : size;
    }
}
