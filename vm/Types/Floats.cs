// OWNER: numbers helper. float: an immutable heap object holding one double.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Floats
{
    public static Value New(double d) => throw new NotImplementedException();
    public static double Get(Value f) => throw new NotImplementedException();
    public static bool IsFloat(Value v) => throw new NotImplementedException();
    /// float(x) of an int or float value (OverflowError "int too large to convert to float").
    public static double ToDouble(Value v) => throw new NotImplementedException();
    /// repr(float) exactly as CPython: shortest round-trip, '1e+16', 'inf', 'nan', '-0.0'.
    public static string Repr(double d) => throw new NotImplementedException();
}
