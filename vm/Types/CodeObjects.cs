// Code objects: the VM-side record (CodeInfo) of a compiled lang CodeObject, with its
// constants converted once to old-space heap values (global roots) and its names interned,
// plus the heap object of TypeId.Code whose Off.CodeIndex indexes the table of CodeInfos.
// Per-code interpreter state (back-edge counters for the JIT) lives here too.
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public sealed class CodeInfo
{
    public readonly CodeObject Code;
    public readonly int Index;
    /// The heap code object (old, a global root).
    public Value Ref;
    public readonly int[] Instrs;
    public readonly Value[] Consts;
    /// Code.Names as interned strs.
    public readonly Value[] Names;
    public readonly Value Name, QualName;
    public readonly int NLocals, NCells, FrameSize;
    public readonly bool IsFunction;
    /// Back-edge counters, indexed by JUMP_BACKWARD target.
    public readonly int[] LoopCounters;
    /// Inline cache sites, indexed by instruction (Interp/InlineCaches.cs).
    public readonly object?[] Sites;
    /// The number of positional arguments for a plain function (no *args, **kwargs,
    /// keyword-only parameters, cells or generator), which a call with exactly that many
    /// positional arguments just copies into its locals; -1 for other code.
    public readonly int SimpleArgCount;
    /// The same for calls the interpreter runs inline (Interpreter.Inlinable), which also
    /// make the frame's cells and fill missing arguments from the function's defaults: the
    /// number of positional parameters when there are no *args, **kwargs, keyword-only
    /// parameters or generator; -1 otherwise.
    public readonly int InlineArgCount;

    internal CodeInfo(CodeObject code, int index, Value[] consts)
    {
        Code = code;
        Index = index;
        Instrs = code.Code;
        Consts = consts;
        Names = Array.ConvertAll(code.Names, Strs.Intern);
        Name = Strs.Intern(code.Name);
        QualName = Strs.Intern(code.QualName);
        NLocals = code.VarNames.Length;
        NCells = code.CellVars.Length + code.FreeVars.Length;
        FrameSize = NLocals + NCells + code.StackSize + 2;
        IsFunction = (code.Flags & CodeFlags.Function) != 0;
        LoopCounters = new int[code.Code.Length];
        Sites = new object?[code.Code.Length];
        InlineArgCount = (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.Generator)) == 0
            && code.KwOnlyArgCount == 0 ? code.ArgCount : -1;
        SimpleArgCount = NCells == 0 ? InlineArgCount : -1;
    }

    public string FileName => Code.FileName;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, string[]> _keywordNames = new();

    /// The names of a CALL_KW (a constant tuple of strs) as .NET strings, converted once.
    public string[] KeywordNames(Value namesTuple)
    {
        if (_keywordNames.TryGetValue(namesTuple.Bits, out var names)) return names;
        var items = Tuples.Items(namesTuple);
        names = new string[items.Length];
        for (int i = 0; i < names.Length; i++) names[i] = Strs.ToNet(items[i]);
        return _keywordNames[namesTuple.Bits] = names;
    }

    /// Line of the instruction at ip (0 when unknown).
    public int LineOf(int ip) => ip >= 0 && ip < Code.Positions.Length ? Code.Positions[ip].Line : Code.FirstLineNo;
}

public static class CodeObjects
{
    // A plain array grown under the lock (not a List): Of runs on every guest call.
    private static CodeInfo[] _table = new CodeInfo[256];
    private static int _count;
    private static readonly object _lock = new();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CodeInfo Of(Value codeObj) => _table[(int)Mem.Load(codeObj.Ref, Off.CodeIndex)];

    /// Loads a compiled code unit (and the code objects among its constants) into the VM.
    public static CodeInfo Load(CodeObject code)
    {
        // Compiled code joins VM-global tables (and its constants the global roots), which an
        // abort would not undo: the STM build makes the transaction inevitable first.
        Scheduler.BeforeIrreversible();
        var consts = new Value[code.Consts.Length];
        for (int i = 0; i < consts.Length; i++) consts[i] = Constant(code.Consts[i]);
        CodeInfo info;
        lock (_lock)
        {
            info = new CodeInfo(code, _count, consts);
            if (_count == _table.Length)
            {
                var bigger = new CodeInfo[_count * 2];
                _table.CopyTo(bigger, 0);
                _table = bigger;
            }
            _table[_count++] = info;
        }
        long obj = Collector.AllocateOld((uint)TypeId.Code, 16);
        Mem.Store(obj, Off.CodeIndex, info.Index);
        info.Ref = Value.FromRef(obj);
        Heap.Instance.GlobalRoots.Add(info.Ref);
        return info;
    }

    /// A constant as an old heap value, registered as a global root.
    private static Value Constant(object? c)
    {
        Value v = c switch
        {
            null => Py.None,
            bool b => Py.Bool(b),
            long l when Value.FitsSmallInt(l) => Value.FromSmallInt(l),
            long l => OldCopy(Ints.New(l)),
            System.Numerics.BigInteger big => OldCopy(Ints.New(big)),
            double d => OldCopy(Floats.New(d)),
            string s => Strs.Intern(s),
            byte[] bytes => BytesObjects.NewOld(bytes),
            ConstTuple t => Tuples.NewOld(Array.ConvertAll(t.Items, Constant)),
            EllipsisConst => Py.Ellipsis,
            CodeObject co => Load(co).Ref,
            _ => throw new InvalidOperationException($"unknown constant kind {c.GetType().Name}"),
        };
        if (v.IsRef) Heap.Instance.GlobalRoots.Add(v);
        return v;
    }

    /// An old-space copy of an immutable object without references (float, big int).
    private static Value OldCopy(Value v)
    {
        if (!v.IsRef || !Collector.IsYoung(v.Ref)) return v;
        uint tid = Mem.TypeId(v.Ref);
        ref readonly GcLayout layout = ref Layouts.Get(tid);
        long size = layout.Kind == LayoutKind.Fixed ? Math.Max(16, layout.BaseSize) : Layouts.SizeFor(layout, Mem.Load(v.Ref, 8));
        long obj = Collector.AllocateOld(tid, size);
        Mem.Bytes(v.Ref, 8, (int)size - 8).CopyTo(Mem.Bytes(obj, 8, (int)size - 8));
        return Value.FromRef(obj);
    }

    private static Value Repr(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("__repr__", args, kwNames, 1);
        var code = Of(args[0]).Code;
        return Strs.New($"<code object {code.Name} at 0x{Identity.Of(args[0].Ref):x}, file \"{code.FileName}\", line {code.FirstLineNo}>");
    }

    [Setup(SetupPhase.TypeMethods)]
    private static void DefineMethods()
    {
        Natives.DefineMethod(BuiltinTypes.Code, "__repr__", Repr);
        NativeProperties.Define(BuiltinTypes.Code, "co_name", a => Strs.New(Of(a).Code.Name));
        NativeProperties.Define(BuiltinTypes.Code, "co_qualname", a => Strs.New(Of(a).Code.QualName));
        NativeProperties.Define(BuiltinTypes.Code, "co_filename", a => Strs.New(Of(a).Code.FileName));
        NativeProperties.Define(BuiltinTypes.Code, "co_firstlineno", a => Value.FromSmallInt(Of(a).Code.FirstLineNo));
        NativeProperties.Define(BuiltinTypes.Code, "co_argcount", a => Value.FromSmallInt(Of(a).Code.ArgCount));
        NativeProperties.Define(BuiltinTypes.Code, "co_posonlyargcount", a => Value.FromSmallInt(Of(a).Code.PosOnlyArgCount));
        NativeProperties.Define(BuiltinTypes.Code, "co_kwonlyargcount", a => Value.FromSmallInt(Of(a).Code.KwOnlyArgCount));
        NativeProperties.Define(BuiltinTypes.Code, "co_nlocals", a => Value.FromSmallInt(Of(a).Code.VarNames.Length));
        NativeProperties.Define(BuiltinTypes.Code, "co_varnames", a => NameTuple(Of(a).Code.VarNames));
        NativeProperties.Define(BuiltinTypes.Code, "co_cellvars", a => NameTuple(Of(a).Code.CellVars));
        NativeProperties.Define(BuiltinTypes.Code, "co_freevars", a => NameTuple(Of(a).Code.FreeVars));
    }

    private static Value NameTuple(string[] names) => Tuples.New(Array.ConvertAll(names, Strs.New));
}
