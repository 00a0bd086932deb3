// OWNER: numbers helper. Arithmetic: fast paths for int/float (and str/list/tuple
// concatenation and repetition), then the generic protocol: __op__ on the left operand,
// __rop__ on the right (right first when its type is a proper subclass of the left's),
// __iop__ first for in-place forms; TypeError "unsupported operand type(s)..." otherwise.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Ops
{
    public static Value Binary(Value a, Value b, BinaryOp op) => throw new NotImplementedException();
    public static Value Negative(Value a) => throw new NotImplementedException();
    public static Value Positive(Value a) => throw new NotImplementedException();
    public static Value Invert(Value a) => throw new NotImplementedException();
    /// operator.index(v): int, or __index__; TypeError "'float' object cannot be interpreted as an integer".
    public static Value Index(Value v) => throw new NotImplementedException();
    /// Index(v) as a long; OverflowError "cannot fit 'int' into an index-sized integer".
    public static long IndexAsLong(Value v) => throw new NotImplementedException();
}
