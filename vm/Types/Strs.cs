// OWNER: numbers-and-strings helper. str: immutable; code points stored Latin-1
// (1 byte each) or, when any is above 255, UCS-4 (4 bytes each, VM flag bit
// HeaderFlags.FirstVmBit set). Hash and equality agree between heap strs and .NET strings.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Strs
{
    public static Value New(string s) => throw new NotImplementedException();
    /// In old space: for constants, names and other VM-global references.
    public static Value NewOld(string s) => throw new NotImplementedException();
    /// The canonical old-space str for s (attribute names, identifiers): same Value each time.
    public static Value Intern(string s) => throw new NotImplementedException();
    public static string ToNet(Value s) => throw new NotImplementedException();
    public static bool IsStr(Value v) => throw new NotImplementedException();
    /// Number of code points.
    public static int Length(Value s) => throw new NotImplementedException();
    public static long Hash(Value s) => throw new NotImplementedException();
    public static long Hash(string s) => throw new NotImplementedException();
    public static bool Equal(Value a, Value b) => throw new NotImplementedException();
    public static bool EqualsNet(Value s, string t) => throw new NotImplementedException();
    public static Value Concat(Value a, Value b) => throw new NotImplementedException();
}
