// An activation of a code object: a window of the thread's data stack (locals, then cell
// and free variables' cells, then the value stack) and the few Values the GC must see.
// Frame objects are pooled per thread (ThreadState) and reused, so a call allocates
// nothing on the .NET heap.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public sealed class Frame
{
    public CodeInfo Code = null!;
    /// The function being run (Null for module code run directly).
    public Value Function;
    public Value Globals;
    /// The namespace of module and class bodies (LOAD_NAME/STORE_NAME); Null for functions.
    public Value Locals;
    /// The generator whose frame this is, or Null.
    public Value Generator;
    /// While a generator's frame runs: the resumer's exception state (restored when it
    /// suspends or ends), and the exception to throw in until it is raised.
    public Value CallerExc, Thrown;
    /// The data-stack chunk holding the window, and where the window starts in it.
    public Value[] S = null!;
    public int Chunk;
    public int Base;
    /// Saved stack pointer and instruction index (absolute in S / in Code.Instrs), valid while
    /// the frame is not running (suspended, calling out, or unwinding).
    public int Sp;
    public int Ip;
    /// Index of the last instruction started (for tracebacks).
    public int LastIp;
    /// How many PUSH_EXC_INFO are open in this frame (a generator's own exception state).
    public int ExcDepth;
    /// Set by YIELD_VALUE/YIELD_FROM when the frame suspends instead of returning.
    public bool Yielded;
    /// What RETURN_VALUE does with the result of a frame run inline (Interpreter.cs).
    public InlineReturn Returns;
    /// The operator of a frame run for InlineReturn.Binary.
    public BinaryOp Op;
    /// The frame below (set once: frames are pooled per depth).
    public Frame? Back;

    public int CellBase => Base + Code.NLocals;
    public int StackBase => Base + Code.NLocals + Code.NCells;
    public int Line => Code.LineOf(LastIp);

    /// Resets what a popped frame must not pass on to its next use. Code, S and Back stay:
    /// the pool keeps them (ThreadState.PushFrame) and they keep nothing alive but the pool's own.
    internal void Clear()
    {
        Function = Globals = Locals = Generator = CallerExc = Thrown = Value.Null;
        Yielded = false;
        Returns = InlineReturn.Value;
        ExcDepth = 0;
    }

    internal void VisitRoots(RootVisitor v)
    {
        v.Visit(ref Function);
        v.Visit(ref Globals);
        v.Visit(ref Locals);
        v.Visit(ref Generator);
        v.Visit(ref CallerExc);
        v.Visit(ref Thrown);
    }
}

/// How an inline frame's result reaches its caller.
public enum InlineReturn : byte
{
    /// The call's result (CALL, CALL_METHOD).
    Value,
    /// A class's __init__ (Interpreter.InlinableInit): the result must be None; the call's result
    /// is the new instance, left in the caller's callable slot.
    Init,
    /// A user class's binary dunder (BINARY_OP, Interpreter.InlinableBinary): the operands stay on
    /// the caller's stack until it returns; NotImplemented continues the protocol.
    Binary,
}
