// Semantics of the interpreter's opcodes that take more than a few lines: names and
// closures, method loading, fast paths of operators, displays, unpacking, with-blocks.
// Each helper receives the frame's stack array and indices, so values it keeps across
// guest code stay in scanned slots (the slot at sp and the frame's scratch slot are free).
using System.Runtime.CompilerServices;
using System.Text;
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Interpreter
{
    private static int JitThreshold => Runtime.Options.NoJit || JitHook == null ? int.MaxValue : Runtime.Options.JitThreshold;

    private static void OnHotLoop(Frame f, int target, int sp)
    {
        f.Code.LoopCounters[target] = 0;
        f.Sp = sp;
        JitHook?.OnHotLoop(f, target);
    }

    /// A slot of the frame's window that the value stack never uses.
    private static int ScratchOf(Frame f) => f.Base + f.Code.FrameSize - 1;

    // ---- names ----

    internal static PyException UnboundLocal(string name)
        => Errors.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");

    private static PyException NameNotDefined(Value name) => Errors.NameError($"name '{Strs.ToNet(name)}' is not defined");

    private static Value LoadDeref(CodeInfo code, Value cell, int index)
    {
        Value v = Cells.Get(cell);
        if (!v.IsNull) return v;
        var c = code.Code;
        if (index < c.CellVars.Length) throw UnboundLocal(c.CellVars[index]);
        throw Errors.NameError($"cannot access free variable '{c.FreeVars[index - c.CellVars.Length]}' where it is not associated with a value in enclosing scope");
    }

    private static string CellName(CodeObject c, int index)
        => index < c.CellVars.Length ? c.CellVars[index] : c.FreeVars[index - c.CellVars.Length];

    private static Value LoadClassDeref(Frame f, Value cell, int index)
    {
        Value v = Dicts.GetStr(NamespaceOf(f), CellName(f.Code.Code, index));
        return v.IsNull ? LoadDeref(f.Code, cell, index) : v;
    }

    private static Value LoadGlobal(Value globals, Value name)
    {
        Value v = Dicts.Get(globals, name);
        if (!v.IsNull) return v;
        v = Dicts.Get(Modules.BuiltinsDict, name);
        return v.IsNull ? throw NameNotDefined(name) : v;
    }

    private static Value LoadName(Frame f, Value name)
    {
        Value v = Dicts.Get(NamespaceOf(f), name);
        return v.IsNull ? LoadGlobal(f.Globals, name) : v;
    }

    private static Value NamespaceOf(Frame f)
        => f.Locals.IsNull ? throw Errors.New(BuiltinTypes.RuntimeError, "no locals found") : f.Locals;

    // ---- attributes and methods ----

    /// [obj] -> [meth, obj] for a plain function found on the type and not shadowed by the
    /// instance; otherwise [NULL, obj.name].
    private static void LoadMethod(Value[] s, int sp, string name)
    {
        Value obj = s[sp - 1];
        PyType type = Ops.TypeOf(obj);
        if ((type.Flags & TypeFlags.HasGetattribute) == 0)
        {
            Value attr = TypeObjects.LookupInMro(type, name);
            if (IsPlainMethod(attr) && (!Instances.HasStorage(obj) || Instances.Get(obj, name).IsNull))
            {
                s[sp - 1] = attr;
                s[sp] = obj;
                return;
            }
        }
        Value bound = Ops.GetAttr(obj, name);
        s[sp] = bound;
        s[sp - 1] = Value.Null;
    }

    private static bool IsPlainMethod(Value attr)
    {
        if (attr.IsNull || attr.IsSmallInt) return false;
        uint tid = Mem.TypeId(attr.Ref);
        if (tid == (uint)TypeId.Function) return true;
        return tid == (uint)TypeId.BuiltinFunction && Mem.LoadValue(attr.Ref, Off.BuiltinSelf).IsNull
            && Natives.InfoOf(attr).IsMethod;
    }

    // ---- operators ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Truth(Value v)
    {
        if (v.Bits == Py.True.Bits) return true;
        if (v.Bits == Py.False.Bits || v.Bits == Py.None.Bits) return false;
        if (v.IsSmallInt) return v.Bits != 1;
        return Ops.Truth(v);
    }

    /// BINARY_OP, inlined into Execute: + - * of two floats and + - of two small ints, the
    /// bulk of numeric loops, without a call; the rest goes to BinaryNumbers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value Binary(Value a, Value b, BinaryOp op)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long r;
            switch (op)
            {
                case BinaryOp.Add or BinaryOp.InplaceAdd: r = a.SmallInt + b.SmallInt; break;
                case BinaryOp.Subtract or BinaryOp.InplaceSubtract: r = a.SmallInt - b.SmallInt; break;
                default: return BinaryNumbers(a, b, op);
            }
            return Value.FitsSmallInt(r) ? Value.FromSmallInt(r) : BinaryNumbers(a, b, op);
        }
        if (Floats.IsExact(a) && Floats.IsExact(b))
        {
            double x = Floats.Get(a), y = Floats.Get(b);
            switch (op)
            {
                case BinaryOp.Add or BinaryOp.InplaceAdd: return Floats.New(x + y);
                case BinaryOp.Subtract or BinaryOp.InplaceSubtract: return Floats.New(x - y);
                case BinaryOp.Multiply or BinaryOp.InplaceMultiply: return Floats.New(x * y);
            }
        }
        return BinaryNumbers(a, b, op);
    }

    /// Small ints and floats (and a float with a small int) are computed here; everything
    /// else, and every case that needs an error or a big int, goes to Ops.Binary; but Null
    /// for an instance of a user class on the left, whose dunder BINARY_OP may run inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value BinaryNumbers(Value a, Value b, BinaryOp op)
    {
        if (a.IsRef && Mem.TypeId(a.Ref) == (uint)TypeId.Instance) return Value.Null;
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt;
            switch (op)
            {
                case BinaryOp.Add or BinaryOp.InplaceAdd: return Ints.New(x + y);
                case BinaryOp.Subtract or BinaryOp.InplaceSubtract: return Ints.New(x - y);
                case BinaryOp.Multiply or BinaryOp.InplaceMultiply:
                {
                    long hi = Math.BigMul(x, y, out long lo);
                    if (hi == lo >> 63) return Ints.New(lo);
                    break;
                }
                case BinaryOp.FloorDivide or BinaryOp.InplaceFloorDivide:
                    if (y != 0)
                    {
                        long q = x / y;
                        if (x % y != 0 && (x ^ y) < 0) q--;
                        return Ints.New(q);
                    }
                    break;
                case BinaryOp.Remainder or BinaryOp.InplaceRemainder:
                    if (y != 0)
                    {
                        long r = x % y;
                        if (r != 0 && (r ^ y) < 0) r += y;
                        return Value.FromSmallInt(r);
                    }
                    break;
                case BinaryOp.TrueDivide or BinaryOp.InplaceTrueDivide:
                    // Both exact as doubles: one correctly rounded division, as CPython does.
                    if (y != 0 && Math.Abs(x) <= 1L << 53 && Math.Abs(y) <= 1L << 53) return Floats.New((double)x / y);
                    break;
                case BinaryOp.LeftShift or BinaryOp.InplaceLeftShift:
                    if (y >= 0 && y < 63)
                    {
                        long r = x << (int)y;
                        if (r >> (int)y == x) return Ints.New(r);
                    }
                    break;
                case BinaryOp.RightShift or BinaryOp.InplaceRightShift:
                    if (y >= 0) return Value.FromSmallInt(x >> (int)Math.Min(y, 63));
                    break;
                case BinaryOp.And or BinaryOp.InplaceAnd: return Value.FromSmallInt(x & y);
                case BinaryOp.Or or BinaryOp.InplaceOr: return Value.FromSmallInt(x | y);
                case BinaryOp.Xor or BinaryOp.InplaceXor: return Value.FromSmallInt(x ^ y);
            }
            return Ops.Binary(a, b, op);
        }
        if ((op == BinaryOp.Add || op == BinaryOp.InplaceAdd) && IsPlainStr(a) && IsPlainStr(b)) return Strs.Concat(a, b);
        if (AsDouble(a, out double fa) && AsDouble(b, out double fb))
        {
            switch (op)
            {
                case BinaryOp.Add or BinaryOp.InplaceAdd: return Floats.New(fa + fb);
                case BinaryOp.Subtract or BinaryOp.InplaceSubtract: return Floats.New(fa - fb);
                case BinaryOp.Multiply or BinaryOp.InplaceMultiply: return Floats.New(fa * fb);
                case BinaryOp.TrueDivide or BinaryOp.InplaceTrueDivide:
                    if (fb != 0) return Floats.New(fa / fb);
                    break;
                case BinaryOp.Power or BinaryOp.InplacePower:
                    // A positive finite base: no complex result, no error unless it overflows.
                    if (fa > 0 && double.IsFinite(fa) && double.IsFinite(fb))
                    {
                        double r = Math.Pow(fa, fb);
                        if (double.IsFinite(r)) return Floats.New(r);
                    }
                    break;
            }
        }
        return Ops.Binary(a, b, op);
    }

    /// A str that is not an instance of a str subclass (whose __eq__ may be the user's).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainStr(Value v)
        => !v.IsSmallInt && Mem.TypeId(v.Ref) == (uint)TypeId.Str && !BuiltinSubclasses.IsSubclassInstance(v);

    /// A float's value (not a float subclass's: it may define the operator), or a small
    /// int's when it converts exactly (|x| <= 2**53).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AsDouble(Value v, out double d)
    {
        if (v.IsSmallInt)
        {
            long x = v.SmallInt;
            d = x;
            return x >= -(1L << 53) && x <= 1L << 53;
        }
        if (Floats.IsExact(v))
        {
            d = Floats.Get(v);
            return true;
        }
        d = 0;
        return false;
    }

    /// COMPARE_OP, inlined into Execute: two small ints; the rest goes to CompareSlow.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value Compare(Value a, Value b, CompareOp op)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.Bits, y = b.Bits;
            return Py.Bool(op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Le => x <= y,
                CompareOp.Eq => x == y,
                CompareOp.Ne => x != y,
                CompareOp.Gt => x > y,
                _ => x >= y,
            });
        }
        return CompareSlow(a, b, op);
    }

    /// Plain strs for == and !=, floats and small ints as doubles; else Ops.Compare.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CompareSlow(Value a, Value b, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && IsPlainStr(a) && IsPlainStr(b))
            return Py.Bool(Strs.Equal(a, b) == (op == CompareOp.Eq));
        if (AsDouble(a, out double fa) && AsDouble(b, out double fb))
        {
            return Py.Bool(op switch
            {
                CompareOp.Lt => fa < fb,
                CompareOp.Le => fa <= fb,
                CompareOp.Eq => fa == fb,
                CompareOp.Ne => fa != fb,
                CompareOp.Gt => fa > fb,
                _ => fa >= fb,
            });
        }
        return Ops.Compare(a, b, op);
    }

    /// BINARY_SUBSCR: an exact list or tuple indexed by an in-range small int is read here.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value Subscript(Value obj, Value key)
    {
        if (key.IsSmallInt)
        {
            long i = key.SmallInt;
            if (Ops.IsExact(obj, TypeId.List, BuiltinTypes.List))
            {
                int n = Lists.Count(obj);
                if (i < 0) i += n;
                if ((ulong)i < (ulong)n) return Lists.Item(obj, (int)i);
            }
            else if (Tuples.IsExact(obj))
            {
                int n = Tuples.Length(obj);
                if (i < 0) i += n;
                if ((ulong)i < (ulong)n) return Tuples.Item(obj, (int)i);
            }
            else if (obj.IsRef && Mem.TypeId(obj.Ref) == (uint)TypeId.Str && !BuiltinSubclasses.IsSubclassInstance(obj))
            {
                Value ch = StrOps.ItemOrNull(obj, i);
                if (!ch.IsNull) return ch;
            }
        }
        return Ops.GetItem(obj, key);
    }

    /// STORE_SUBSCR: obj[key] = value, an in-range small int index of an exact list here.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreSubscript(Value obj, Value key, Value value)
    {
        if (key.IsSmallInt && Ops.IsExact(obj, TypeId.List, BuiltinTypes.List))
        {
            long i = key.SmallInt;
            int n = Lists.Count(obj);
            if (i < 0) i += n;
            if ((ulong)i < (ulong)n)
            {
                Lists.SetItem(obj, (int)i, value);
                return;
            }
        }
        Ops.SetItem(obj, key, value);
    }

    // ---- displays ----

    private static int BuildSet(Value[] s, int sp, int n)
    {
        int first = sp - n;
        s[sp] = Sets.New();
        for (int i = 0; i < n; i++) Sets.Add(s[sp], s[first + i]);
        s[first] = s[sp];
        return first + 1;
    }

    private static int BuildMap(Value[] s, int sp, int n)
    {
        int first = sp - 2 * n;
        s[sp] = Dicts.New();
        for (int i = 0; i < n; i++) Dicts.Set(s[sp], s[first + 2 * i], s[first + 2 * i + 1]);
        s[first] = s[sp];
        return first + 1;
    }

    private static Value BuildString(ReadOnlySpan<Value> parts) => StrOps.Join(Strs.Empty, parts);

    private static int FormatValue(Value[] s, int sp, int flags)
    {
        bool hasSpec = (flags & 4) != 0;
        int vi = hasSpec ? sp - 2 : sp - 1;
        switch (flags & 3)
        {
            case 1: s[vi] = Ops.Str(s[vi]); break;
            case 2: s[vi] = Ops.Repr(s[vi]); break;
            case 3: s[vi] = Strs.New(AsciiOf(Ops.ReprOf(s[vi]))); break;
        }
        if (!hasSpec && Ops.Is(s[vi], TypeId.Str)) return sp;
        s[vi] = Format(s[vi], hasSpec ? s[sp - 1] : Strs.Intern(""));
        return vi + 1;
    }

    /// format(v, spec) through type(v).__format__.
    internal static Value Format(Value v, Value spec)
    {
        Value meth = Ops.LookupSpecial(Ops.TypeOf(v), "__format__");
        if (meth.IsNull) throw Errors.TypeError($"Type {Ops.TypeName(v)} doesn't define __format__");
        Value r = CallArgs(meth, v, spec);
        if (!Ops.Is(r, TypeId.Str)) throw Errors.TypeError($"__format__ must return a str, not {Ops.TypeName(r)}");
        return r;
    }

    /// ascii(): repr with non-ASCII characters escaped.
    internal static string AsciiOf(string repr)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < repr.Length; i++)
        {
            int c = char.ConvertToUtf32(repr, i);
            if (c > 0xffff) i++;
            if (c < 128) sb.Append((char)c);
            else if (c < 256) sb.Append($"\\x{c:x2}");
            else if (c < 0x10000) sb.Append($"\\u{c:x4}");
            else sb.Append($"\\U{c:x8}");
        }
        return sb.ToString();
    }

    // ---- extending displays (starred items, ** in displays and calls) ----

    private static void ExtendList(Value[] s, int listSlot, int srcSlot)
    {
        Value src = s[srcSlot];
        if (Ops.Is(src, TypeId.Tuple) || Ops.Is(src, TypeId.List))
        {
            var items = Ops.Is(src, TypeId.Tuple) ? Tuples.Items(src) : Lists.Items(src);
            for (int i = 0; i < items.Length; i++) Lists.Append(s[listSlot], items[i]);
            return;
        }
        s[srcSlot] = IterForStar(src);
        for (Value v; !(v = Ops.Next(s[srcSlot])).IsNull;) Lists.Append(s[listSlot], v);
    }

    private static void UpdateSet(Value[] s, int setSlot, int srcSlot)
    {
        s[srcSlot] = IterForStar(s[srcSlot]);
        for (Value v; !(v = Ops.Next(s[srcSlot])).IsNull;) Sets.Add(s[setSlot], v);
    }

    private static Value IterForStar(Value src)
    {
        PyType t = Ops.TypeOf(src);
        if (Ops.LookupSpecial(t, "__iter__").IsNull && Ops.LookupSpecial(t, "__getitem__").IsNull)
            throw Errors.TypeError($"Value after * must be an iterable, not {t.Name}");
        return Ops.GetIter(src);
    }

    /// dict.update for {**m} displays; for f(**m) calls (mergeFor = the callable) repeated
    /// keys and non-mappings are errors. Uses the two slots above srcSlot.
    private static void UpdateDict(Value[] s, int dictSlot, int srcSlot, Value? mergeFor)
    {
        Value src = s[srcSlot];
        if (Ops.Is(src, TypeId.Dict))
        {
            int pos = 0;
            while (Dicts.Next(s[srcSlot], ref pos, out Value k, out Value v))
            {
                if (mergeFor is { } fn) CheckNewKeyword(s[dictSlot], k, fn);
                Dicts.Set(s[dictSlot], k, v);
            }
            return;
        }
        Value keys = Ops.GetAttrOrNull(src, "keys");
        if (keys.IsNull)
            throw Errors.TypeError(mergeFor is { } f
                ? $"{FunctionStr(f)} argument after ** must be a mapping, not {Ops.TypeName(src)}"
                : $"'{Ops.TypeName(src)}' object is not a mapping");
        s[srcSlot + 1] = Ops.GetIter(Ops.Call(keys, default));
        for (Value k; !(k = Ops.Next(s[srcSlot + 1])).IsNull;)
        {
            s[srcSlot + 2] = k;
            Value v = Ops.GetItem(s[srcSlot], k);
            if (mergeFor is { } fn) CheckNewKeyword(s[dictSlot], s[srcSlot + 2], fn);
            Dicts.Set(s[dictSlot], s[srcSlot + 2], v);
        }
    }

    private static void CheckNewKeyword(Value dict, Value key, Value callable)
    {
        if (Ops.Is(key, TypeId.Str) && !Dicts.Get(dict, key).IsNull)
            throw Errors.TypeError($"{FunctionStr(callable)} got multiple values for keyword argument '{Strs.ToNet(key)}'");
    }

    /// How CPython names a callable in call errors: "mod.f()", "len()", "A object".
    internal static string FunctionStr(Value callable)
    {
        if (Ops.Is(callable, TypeId.Function))
        {
            Value module = Functions.Field(callable, Off.FuncModule);
            string q = Functions.QualNameOf(callable);
            return Ops.Is(module, TypeId.Str) && Strs.ToNet(module) != "builtins" ? $"{Strs.ToNet(module)}.{q}()" : $"{q}()";
        }
        if (Ops.Is(callable, TypeId.BuiltinFunction)) return $"{Natives.InfoOf(callable).QualName}()";
        if (Ops.Is(callable, TypeId.BoundMethod)) return FunctionStr(Methods.FuncOf(callable));
        if (Ops.Is(callable, TypeId.Type)) return $"{PyType.FromRef(callable).Name}()";
        return $"{Ops.TypeName(callable)} object";
    }

    // ---- unpacking ----

    /// UNPACK_SEQUENCE: the items of an exact tuple or list are copied directly (a
    /// subclass may define __iter__); anything else is iterated.
    private static int UnpackSequence(Value[] s, int sp, int n, int scratch)
    {
        Value seq = s[sp - 1];
        int bottom = sp - 1;
        bool tuple = Tuples.IsExact(seq);
        if (tuple || Ops.IsExact(seq, TypeId.List, BuiltinTypes.List))
        {
            var items = tuple ? Tuples.Items(seq) : Lists.Items(seq);
            if (items.Length != n) throw UnpackCountError(n, items.Length);
            var dst = s.AsSpan(bottom, n);
            for (int i = 0; i < dst.Length; i++) dst[dst.Length - 1 - i] = items[i];
            return bottom + n;
        }
        s[scratch] = IterForUnpack(seq);
        for (int i = 0; i < n; i++)
        {
            Value v = Ops.Next(s[scratch]);
            if (v.IsNull) throw Errors.ValueError($"not enough values to unpack (expected {n}, got {i})");
            s[bottom + n - 1 - i] = v;
        }
        if (!Ops.Next(s[scratch]).IsNull) throw Errors.ValueError($"too many values to unpack (expected {n})");
        return bottom + n;
    }

    private static PyException UnpackCountError(int expected, int got) => got > expected
        ? Errors.ValueError($"too many values to unpack (expected {expected})")
        : Errors.ValueError($"not enough values to unpack (expected {expected}, got {got})");

    private static Value IterForUnpack(Value seq)
    {
        PyType t = Ops.TypeOf(seq);
        if (Ops.LookupSpecial(t, "__iter__").IsNull && Ops.LookupSpecial(t, "__getitem__").IsNull)
            throw Errors.TypeError($"cannot unpack non-iterable {t.Name} object");
        return Ops.GetIter(seq);
    }

    private static int UnpackEx(Value[] s, int sp, int before, int after)
    {
        int bottom = sp - 1;
        s[sp] = Lists.New();
        s[sp - 1] = IterForUnpack(s[sp - 1]);
        for (Value v; !(v = Ops.Next(s[sp - 1])).IsNull;) Lists.Append(s[sp], v);
        Value list = s[sp];
        int n = Lists.Count(list);
        if (n < before + after)
            throw Errors.ValueError($"not enough values to unpack (expected at least {before + after}, got {n})");
        Value middle = Lists.FromSpan(Lists.Items(list)[before..(n - after)]);
        var items = Lists.Items(list);
        int total = before + 1 + after;
        for (int k = 0; k < before; k++) s[bottom + total - 1 - k] = items[k];
        for (int k = 0; k < after; k++) s[bottom + after - 1 - k] = items[n - after + k];
        s[bottom + after] = middle;
        return bottom + total;
    }

    // ---- iteration ----

    /// FOR_ITER's next(it): generators and the built-in iterators (list, range, ...) go
    /// straight to their own step, without Ops.Next's protocol dispatch.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value ForIterNext(ThreadState ts, Value it)
    {
        if (!it.IsSmallInt)
        {
            var layout = (TypeId)Mem.TypeId(it.Ref);
            if (layout >= TypeId.ListIter && layout <= TypeId.LastIter) return Iterators.Next(it);
            if (layout == TypeId.Generator) return Generators.NextOrNull(ts, it);
        }
        return Ops.Next(it);
    }

    // ---- with ----

    /// [mgr] -> [bound mgr.__exit__, mgr.__enter__()]
    private static void BeforeWith(Value[] s, int sp)
    {
        Value mgr = s[sp - 1];
        PyType t = Ops.TypeOf(mgr);
        Value enter = Ops.LookupSpecial(t, "__enter__");
        Value exit = Ops.LookupSpecial(t, "__exit__");
        if (enter.IsNull)
            throw Errors.TypeError($"'{t.Name}' object does not support the context manager protocol");
        if (exit.IsNull)
            throw Errors.TypeError($"'{t.Name}' object does not support the context manager protocol (missed __exit__ method)");
        s[sp] = BindSpecial(exit, mgr, "__exit__");
        s[sp - 1] = mgr;
        Value entered = Ops.Call(BindSpecial(enter, s[sp - 1], "__enter__"), default);
        s[sp - 1] = s[sp];
        s[sp] = entered;
    }

    /// A special method found on the type, bound to self.
    private static Value BindSpecial(Value attr, Value self, string name)
        => IsPlainMethod(attr) ? Methods.New(attr, self) : Ops.GetAttr(self, name);

    /// [exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, exc.__traceback__)]
    private static Value WithExceptStart(Value[] s, int sp)
    {
        Value exc = s[sp - 1];
        Value tb = ExceptionFlow.TracebackOf(exc);
        return CallArgs(s[sp - 3], Ops.ClassOf(exc), exc, tb.IsNull ? Py.None : tb);
    }

    // ---- interactive ----

    private static void PrintExpr(Value v)
    {
        if (Py.IsNone(v)) return;
        Dicts.SetStr(Modules.BuiltinsDict, "_", Py.None);
        using var scope = new RootScope();
        int h = scope.Add(v);
        Value repr = Ops.Repr(v);
        CallArgs(Dicts.GetStr(Modules.BuiltinsDict, "print"), repr);
        Dicts.SetStr(Modules.BuiltinsDict, "_", scope[h]);
    }
}

/// The interface a JIT implements to be told about hot loops (none is wired in yet).
public interface IJitHook
{
    /// The loop whose header is instruction `target` of f's code has passed the threshold;
    /// f is the running frame, stopped at the header (f.Sp is valid).
    void OnHotLoop(Frame f, int target);
}
