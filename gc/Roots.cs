// Roots: where the collector finds references that are not inside the heap.
//  - each mutator thread's root sources (the interpreter's frames) and its root stack
//    (RootScope: C# code holding references across a call into guest code);
//  - the global root table: references kept by VM structures (types, modules, code
//    constants). They must point to old objects (AllocateOld), never into a nursery.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stmvm.Gc;

/// Called by the collector for every root slot; it may rewrite the slot (a moved object).
public abstract class RootVisitor
{
    public abstract void Visit(ref long slot);

    public void Visit(ref Value slot) => Visit(ref Unsafe.As<Value, long>(ref slot));

    public void VisitAll(Span<Value> slots)
    {
        foreach (ref long s in MemoryMarshal.Cast<Value, long>(slots)) Visit(ref s);
    }
}

public interface IRootSource
{
    void VisitRoots(RootVisitor visitor);
}

/// A growable stack of values that the collector scans and updates; one per mutator thread.
public sealed class RootStack
{
    private Value[] _slots = new Value[256];
    public int Top;

    public int Push(Value v)
    {
        if (Top == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
        _slots[Top] = v;
        return Top++;
    }

    public ref Value this[int index] => ref _slots[index];

    internal void VisitRoots(RootVisitor v) => v.VisitAll(_slots.AsSpan(0, Top));
}

/// Keeps values alive and up to date across calls into guest code:
///   using var scope = new RootScope();
///   int h = scope.Add(v); ... call guest code ...; v = scope[h];
public readonly ref struct RootScope
{
    private readonly RootStack _stack;
    private readonly int _mark;

    public RootScope()
    {
        _stack = Mutator.Current.Roots;
        _mark = _stack.Top;
    }

    public int Add(Value v) => _stack.Push(v);
    public Value this[int handle] { get => _stack[handle]; set => _stack[handle] = value; }
    public void Dispose() => _stack.Top = _mark;
}

/// VM-global references (to old objects only), scanned by the major collection.
public sealed class GlobalRoots
{
    private Value[] _slots = new Value[1024];
    private int _count;
    private readonly object _lock = new();

    /// Registers v; it must be an old object (a young one would move, or be another
    /// segment's): breaking this rule is a VM bug, caught here at once.
    public int Add(Value v)
    {
        if (v.IsRef && Heap.Instance.IsYoung(v.Ref))
            throw new InvalidOperationException($"global root 0x{v.Ref:x} is a young object: allocate it with AllocateOld");
        lock (_lock)
        {
            if (_count == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
            _slots[_count] = v;
            return _count++;
        }
    }

    public Value this[int handle]
    {
        get => _slots[handle];
        set
        {
            if (value.IsRef && Heap.Instance.IsYoung(value.Ref))
                throw new InvalidOperationException($"global root 0x{value.Ref:x} is a young object");
            _slots[handle] = value;
        }
    }

    internal void VisitRoots(RootVisitor v) => v.VisitAll(_slots.AsSpan(0, _count));
}
