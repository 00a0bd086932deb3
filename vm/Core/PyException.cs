// A guest exception in flight through C# frames. The exception object lives in the heap;
// this wrapper only carries it. Rule: C# code must not reach a safe point (call guest
// code, run the interpreter) while holding a PyException it caught, unless it has put
// Exc in a RootScope — a collection would move the object under it.
using Stmvm.Gc;

namespace Stmvm.Vm;

public sealed class PyException(Value exc) : Exception
{
    public Value Exc = exc;

    public PyType Type => Ops.TypeOf(Exc);

    public override string Message => $"{Type.Name}: {Ops.StrOf(Exc)}";
}

/// Ends the guest program with an exit code (sys.exit, SystemExit reaching the top).
public sealed class GuestExit(int code) : Exception($"exit {code}")
{
    public int Code { get; } = code;
}
