// A guest value is one 64-bit word.
//   low bit 1: a small int, the upper 63 bits hold it (arithmetic shift to read).
//   low bit 0: a reference, the byte offset of an object inside a segment view; 0 is "no object".
// The GC relies on exactly this tagging to tell references from integers in value words.
namespace Stmvm.Gc;

public readonly struct Value : IEquatable<Value>
{
    public readonly long Bits;

    public Value(long bits) => Bits = bits;

    public static readonly Value Null = default;

    public const long MaxSmallInt = long.MaxValue >> 1;
    public const long MinSmallInt = long.MinValue >> 1;

    public bool IsNull => Bits == 0;
    public bool IsSmallInt => (Bits & 1) != 0;
    public bool IsRef => (Bits & 1) == 0 && Bits != 0;
    public long SmallInt => Bits >> 1;
    public long Ref => Bits;

    public static bool FitsSmallInt(long v) => v >= MinSmallInt && v <= MaxSmallInt;
    public static Value FromSmallInt(long v) => new((v << 1) | 1);
    public static Value FromRef(long offset) => new(offset);

    /// True if a raw word found in a value slot is a reference the GC must follow.
    public static bool IsRefBits(long bits) => (bits & 1) == 0 && bits != 0;

    public bool Equals(Value other) => Bits == other.Bits;
    public override bool Equals(object? obj) => obj is Value v && v.Bits == Bits;
    public override int GetHashCode() => Bits.GetHashCode();
    public static bool operator ==(Value a, Value b) => a.Bits == b.Bits;
    public static bool operator !=(Value a, Value b) => a.Bits != b.Bits;
    public override string ToString() => IsSmallInt ? $"int:{SmallInt}" : IsNull ? "null" : $"ref:0x{Bits:x}";
}
