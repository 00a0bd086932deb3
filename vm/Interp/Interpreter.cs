// The interpreter loop: one switch over the int instructions of a frame (lang/Opcode.cs
// defines each opcode). Opcodes longer than a few lines call a helper in
// InterpreterOps.cs / InterpreterCalls.cs / ExceptionFlow.cs, so that each semantic is
// written once (the JIT's trace recorder mirrors them). Safe points: JUMP_BACKWARD,
// before calls (inside CallFunction) and at returns — nowhere else.
//
// The frame's window: s[lb..) locals, s[cb..) cells, s[stackBase..) value stack; sp is the
// absolute index of the first free stack slot.
//
// Calls of plain guest functions (CodeInfo.InlineArgCount) and of classes with a guest
// __init__ (the instance is made first, then __init__ runs inline) and user classes' binary
// dunders (BINARY_OP; the operands stay on the caller's stack) run in the same loop: CALL pushes
// the callee's frame and switches to it, RETURN_VALUE pops back to the caller, and an
// exception no handler of the callee catches unwinds to the caller's instruction, exactly
// as if the callee had run in a nested Execute (the .NET stack does not grow with them).
using Stmvm.Gc;
using Stmvm.Lang;

namespace Stmvm.Vm;

public static partial class Interpreter
{
    /// Called when a loop header gets hot (set by the command line when a JIT is wired in).
    public static IJitHook? JitHook;

    /// Runs f from f.Ip with stack pointer f.Sp until it returns (the result) or suspends
    /// (f.Yielded, the yielded value). `pending`: an exception to raise at the instruction
    /// before f.Ip as soon as the frame starts (generator.throw()).
    public static Value Execute(ThreadState ts, Frame f, PyException? pending = null)
    {
#if NOSTM
        return Run(ts, f, pending, 0);
#else
        // The STM build numbers the Execute calls active on a thread: the one that broke the
        // running transaction last is where an abort goes back to (Threads/Transactions.cs).
        int level = ++ts.ExecuteNesting;
        try
        {
            return Run(ts, f, pending, level);
        }
        finally
        {
            ts.ExecuteNesting = level - 1;
            if (ts.SnapshotLevel >= level) ts.SnapshotLevel = 0;
        }
#endif
    }

    // AggressiveOptimization: fully optimized by the JIT at its first call instead of running
    // ReadyToRun code. With calls run inline, Execute is entered a few times per program (not
    // per call), so tiering would never replace the (slower) precompiled loop.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Value Run(ThreadState ts, Frame f, PyException? pending, int level)
    {
        // f is the running frame: `entry`, or a callee entered inline above it.
        Frame entry = f;
        int entryDepth = ts.Depth - 1;
        PyException? leaving = null;
        while (true)
        {
            try
            {
                // The frame's state is read inside the try, and the handler uses only f: a
                // local that is live into or out of a handler is kept in memory (stored at
                // every assignment, loaded at every use), which for ip and sp cost a load and
                // a store per instruction. The instruction being run is f.LastIp instead.
                CodeInfo code = f.Code;
                int[] instrs = code.Instrs;
                Value[] consts = code.Consts;
                Value[] s = f.S;
                int lb = f.Base, cb = f.CellBase;
                int ip = f.Ip, sp = f.Sp;
                if (pending != null)
                {
                    var p = pending;
                    pending = null;
                    f.LastIp = ip - 1;
                    throw p;
                }
                while (true)
                {
                    f.LastIp = ip;
                    int instr = instrs[ip++];
                    int arg = instr >> 8;
                    switch ((Opcode)(instr & 0xff))
                    {
                        case Opcode.NOP: break;
                        case Opcode.POP_TOP: sp--; break;
                        case Opcode.COPY: s[sp] = s[sp - arg]; sp++; break;
                        case Opcode.SWAP: (s[sp - 1], s[sp - arg]) = (s[sp - arg], s[sp - 1]); break;

                        case Opcode.LOAD_CONST: s[sp++] = consts[arg]; break;
                        case Opcode.LOAD_FAST:
                        {
                            Value v = s[lb + arg];
                            if (v.IsNull) throw UnboundLocal(code.Code.VarNames[arg]);
                            s[sp++] = v;
                            break;
                        }
                        case Opcode.STORE_FAST: s[lb + arg] = s[--sp]; break;
                        case Opcode.DELETE_FAST:
                            if (s[lb + arg].IsNull) throw UnboundLocal(code.Code.VarNames[arg]);
                            s[lb + arg] = Value.Null;
                            break;
                        case Opcode.LOAD_DEREF: s[sp++] = LoadDeref(code, s[cb + arg], arg); break;
                        case Opcode.STORE_DEREF: Cells.Set(s[cb + arg], s[--sp]); break;
                        case Opcode.DELETE_DEREF:
                            LoadDeref(code, s[cb + arg], arg);
                            Cells.Set(s[cb + arg], Value.Null);
                            break;
                        case Opcode.LOAD_CLOSURE: s[sp++] = s[cb + arg]; break;
                        case Opcode.LOAD_CLASSDEREF: s[sp++] = LoadClassDeref(f, s[cb + arg], arg); break;
                        case Opcode.LOAD_GLOBAL: s[sp++] = LoadGlobalCached(f.Globals, code, ip - 1, arg); break;
                        case Opcode.STORE_GLOBAL: Dicts.Set(f.Globals, code.Names[arg], s[--sp]); break;
                        case Opcode.DELETE_GLOBAL:
                            if (!Dicts.Delete(f.Globals, code.Names[arg])) throw NameNotDefined(code.Names[arg]);
                            break;
                        case Opcode.LOAD_NAME: s[sp++] = LoadName(f, code.Names[arg]); break;
                        case Opcode.STORE_NAME: Dicts.Set(NamespaceOf(f), code.Names[arg], s[--sp]); break;
                        case Opcode.DELETE_NAME:
                            if (!Dicts.Delete(NamespaceOf(f), code.Names[arg])) throw NameNotDefined(code.Names[arg]);
                            break;

                        case Opcode.LOAD_ATTR: s[sp - 1] = LoadAttrCached(s[sp - 1], code, ip - 1, arg); break;
                        case Opcode.STORE_ATTR:
                            StoreAttrCached(s[sp - 1], s[sp - 2], code, ip - 1, arg);
                            sp -= 2;
                            break;
                        case Opcode.DELETE_ATTR: Ops.DelAttr(s[--sp], code.Code.Names[arg]); break;
                        case Opcode.LOAD_METHOD: LoadMethodCached(s, sp, code, ip - 1, arg); sp++; break;
                        case Opcode.CALL_METHOD:
                        {
                            int first = sp - arg - 2;
                            int fn = s[first].IsNull ? first + 1 : first;
                            if (Inlinable(s[fn], first + arg + 2 - (fn + 1), out CodeInfo callee))
                            {
                                f.Ip = ip;
                                f.Sp = first + 1;
                                f = EnterInline(ts, callee, s, fn, first + arg + 2 - (fn + 1));
                                code = f.Code; instrs = code.Instrs; consts = code.Consts;
                                s = f.S; lb = f.Base; cb = lb + code.NLocals;
                                ip = 0; sp = f.Sp;
                                break;
                            }
                            s[first] = s[first].IsNull
                                ? CallValue(ts, s[first + 1], s.AsSpan(first + 2, arg))
                                : CallValue(ts, s[first], s.AsSpan(first + 1, arg + 1));
                            sp = first + 1;
                            break;
                        }

                        case Opcode.UNARY_POSITIVE: s[sp - 1] = Ops.Positive(s[sp - 1]); break;
                        case Opcode.UNARY_NEGATIVE: s[sp - 1] = Ops.Negative(s[sp - 1]); break;
                        case Opcode.UNARY_NOT: s[sp - 1] = Py.Bool(!Truth(s[sp - 1])); break;
                        case Opcode.UNARY_INVERT: s[sp - 1] = Ops.Invert(s[sp - 1]); break;
                        // BINARY_OP, COMPARE_OP and FOR_ITER run the instruction that usually
                        // follows them (STORE_FAST, a conditional jump on the bool) at once when
                        // it does, saving a dispatch: that one cannot raise, so f.LastIp stays right.
                        case Opcode.BINARY_OP:
                        {
                            Value r = Binary(s[sp - 2], s[sp - 1], (BinaryOp)arg);
                            // Null: a user class's instance on the left (BinaryNumbers).
                            if (r.IsNull)
                            {
                                if (InlinableBinary(s[sp - 2], s[sp - 1], (BinaryOp)arg, out CodeInfo callee, out Value fn))
                                {
                                    f.Ip = ip;
                                    f.Sp = sp;
                                    f = EnterFunction(ts, callee, fn, s, sp - 2, 2, InlineReturn.Binary, (BinaryOp)arg);
                                    code = f.Code; instrs = code.Instrs; consts = code.Consts;
                                    s = f.S; lb = f.Base; cb = lb + code.NLocals;
                                    ip = 0; sp = f.Sp;
                                    break;
                                }
                                r = Ops.Binary(s[sp - 2], s[sp - 1], (BinaryOp)arg);
                            }
                            int next = instrs[ip];
                            if ((Opcode)(next & 0xff) == Opcode.STORE_FAST)
                            {
                                s[lb + (next >> 8)] = r;
                                sp -= 2;
                                ip++;
                            }
                            else
                            {
                                sp--;
                                s[sp - 1] = r;
                            }
                            break;
                        }
                        case Opcode.COMPARE_OP:
                        {
                            Value r = Compare(s[sp - 2], s[sp - 1], (CompareOp)arg);
                            int next = instrs[ip];
                            var nextOp = (Opcode)(next & 0xff);
                            if ((nextOp == Opcode.POP_JUMP_IF_FALSE || nextOp == Opcode.POP_JUMP_IF_TRUE)
                                && (r.Bits == Py.True.Bits || r.Bits == Py.False.Bits))
                            {
                                sp -= 2;
                                ip = (r.Bits == Py.True.Bits) == (nextOp == Opcode.POP_JUMP_IF_TRUE) ? next >> 8 : ip + 1;
                            }
                            else
                            {
                                sp--;
                                s[sp - 1] = r;
                            }
                            break;
                        }
                        case Opcode.IS_OP:
                            sp--;
                            s[sp - 1] = Py.Bool((s[sp - 1].Bits == s[sp].Bits) != (arg != 0));
                            break;
                        case Opcode.CONTAINS_OP:
                            sp--;
                            s[sp - 1] = Py.Bool(Ops.Contains(s[sp], s[sp - 1]) != (arg != 0));
                            break;

                        case Opcode.BINARY_SUBSCR:
                            sp--;
                            s[sp - 1] = Subscript(s[sp - 1], s[sp]);
                            break;
                        case Opcode.STORE_SUBSCR:
                            StoreSubscript(s[sp - 2], s[sp - 1], s[sp - 3]);
                            sp -= 3;
                            break;
                        case Opcode.DELETE_SUBSCR:
                            Ops.DelItem(s[sp - 2], s[sp - 1]);
                            sp -= 2;
                            break;
                        case Opcode.BUILD_SLICE:
                            sp -= arg - 1;
                            s[sp - 1] = Slices.New(s[sp - 1], s[sp], arg == 3 ? s[sp + 1] : Py.None);
                            break;

                        case Opcode.BUILD_TUPLE:
                            sp -= arg;
                            s[sp] = Tuples.New(s.AsSpan(sp, arg));
                            sp++;
                            break;
                        case Opcode.BUILD_LIST:
                            sp -= arg;
                            s[sp] = Lists.FromSpan(s.AsSpan(sp, arg));
                            sp++;
                            break;
                        case Opcode.BUILD_SET: sp = BuildSet(s, sp, arg); break;
                        case Opcode.BUILD_MAP: sp = BuildMap(s, sp, arg); break;
                        case Opcode.BUILD_STRING:
                            sp -= arg;
                            s[sp] = BuildString(s.AsSpan(sp, arg));
                            sp++;
                            break;
                        case Opcode.FORMAT_VALUE: sp = FormatValue(s, sp, arg); break;
                        case Opcode.LIST_APPEND:
                            sp--;
                            Lists.Append(s[sp - arg], s[sp]);
                            break;
                        case Opcode.SET_ADD:
                            sp--;
                            Sets.Add(s[sp - arg], s[sp]);
                            break;
                        case Opcode.MAP_ADD:
                            sp -= 2;
                            Dicts.Set(s[sp - arg], s[sp], s[sp + 1]);
                            break;
                        case Opcode.LIST_EXTEND: sp--; ExtendList(s, sp - arg, sp); break;
                        case Opcode.SET_UPDATE: sp--; UpdateSet(s, sp - arg, sp); break;
                        case Opcode.DICT_UPDATE: sp--; UpdateDict(s, sp - arg, sp, null); break;
                        case Opcode.DICT_MERGE: sp--; UpdateDict(s, sp - arg, sp, s[sp - arg - 2]); break;
                        case Opcode.LIST_TO_TUPLE: s[sp - 1] = Tuples.New(Lists.Items(s[sp - 1])); break;
                        case Opcode.UNPACK_SEQUENCE: sp = UnpackSequence(s, sp, arg, ScratchOf(f)); break;
                        case Opcode.UNPACK_EX: sp = UnpackEx(s, sp, arg & 0xff, arg >> 8); break;

                        case Opcode.JUMP: ip = arg; break;
                        case Opcode.JUMP_BACKWARD:
                            if (ThreadState.InterruptPending) ThreadState.CheckInterrupt();
                            ip = arg;
                            if (++code.LoopCounters[arg] >= JitThreshold) OnHotLoop(f, arg, sp);
                            LoopSafePoint(ts, f, ip, sp, entryDepth, level);
                            break;
                        case Opcode.POP_JUMP_IF_FALSE:
                            if (!Truth(s[--sp])) ip = arg;
                            break;
                        case Opcode.POP_JUMP_IF_TRUE:
                            if (Truth(s[--sp])) ip = arg;
                            break;
                        case Opcode.JUMP_IF_FALSE_OR_POP:
                            if (!Truth(s[sp - 1])) ip = arg;
                            else sp--;
                            break;
                        case Opcode.JUMP_IF_TRUE_OR_POP:
                            if (Truth(s[sp - 1])) ip = arg;
                            else sp--;
                            break;
                        case Opcode.GET_ITER: s[sp - 1] = Ops.GetIter(s[sp - 1]); break;
                        case Opcode.FOR_ITER:
                        {
                            Value next = ForIterNext(ts, s[sp - 1]);
                            if (next.IsNull)
                            {
                                sp--;
                                ip = arg;
                                break;
                            }
                            int following = instrs[ip];
                            if ((Opcode)(following & 0xff) == Opcode.STORE_FAST)
                            {
                                s[lb + (following >> 8)] = next;
                                ip++;
                            }
                            else s[sp++] = next;
                            break;
                        }
                        case Opcode.RETURN_VALUE:
                        {
                            if (f == entry)
                            {
                                // No break here: leaving at once, the transaction would have
                                // to become inevitable (Threads/Transactions.cs).
                                Collector.SafePoint();
                                LeavingRun(ts, level);
                                f.Sp = sp - 1;
                                f.Ip = ip;
                                return s[sp - 1];
                            }
                            // An abort goes back to this instruction, hence ip - 1.
                            LoopSafePoint(ts, f, ip - 1, sp, entryDepth, level);
                            Value result = s[sp - 1];
                            Frame caller = f.Back!;
                            InlineReturn how = f.Returns;
                            BinaryOp op = f.Op;
                            ts.PopFrame(f);
                            f = caller;
                            code = f.Code; instrs = code.Instrs; consts = code.Consts;
                            s = f.S; lb = f.Base; cb = lb + code.NLocals;
                            ip = f.Ip; sp = f.Sp;
                            if (how == InlineReturn.Value) s[sp - 1] = result;
                            else if (how == InlineReturn.Binary)
                            {
                                sp--;
                                s[sp - 1] = result == Py.NotImplemented ? Ops.BinaryAfterLeft(s[sp - 1], s[sp], op) : result;
                            }
                            // An __init__ leaves the call's result, the instance, in place.
                            else if (!Py.IsNone(result)) throw TypeObjects.InitReturnedNotNone(result);
                            break;
                        }

                        case Opcode.CALL:
                        {
                            int first = sp - arg - 1;
                            Value init = default;
                            bool plain = Inlinable(s[first], arg, out CodeInfo callee);
                            if (plain || InlinableInit(s, first, arg, out callee, out init))
                            {
                                f.Ip = ip;
                                f.Sp = first + 1;
                                f = plain ? EnterInline(ts, callee, s, first, arg)
                                    : EnterFunction(ts, callee, init, s, first, arg + 1, InlineReturn.Init);
                                code = f.Code; instrs = code.Instrs; consts = code.Consts;
                                s = f.S; lb = f.Base; cb = lb + code.NLocals;
                                ip = 0; sp = f.Sp;
                                break;
                            }
                            s[first] = CallValue(ts, s[first], s.AsSpan(first + 1, arg));
                            sp = first + 1;
                            break;
                        }
                        case Opcode.CALL_KW:
                        {
                            string[] names = code.KeywordNames(s[sp - 1]);
                            int first = sp - arg - 2;
                            int npos = arg - names.Length;
                            s[first] = CallValueKw(ts, s[first], s.AsSpan(first + 1, npos), s.AsSpan(first + 1 + npos, names.Length), names);
                            sp = first + 1;
                            break;
                        }
                        case Opcode.CALL_FUNCTION_EX:
                        {
                            int first = sp - arg - 2;
                            s[first] = CallEx(ts, s, first, arg != 0);
                            sp = first + 1;
                            break;
                        }
                        case Opcode.MAKE_FUNCTION: sp = MakeFunction(f, s, sp, arg); break;
                        case Opcode.LOAD_BUILD_CLASS: s[sp++] = BuildClass.Function; break;
                        case Opcode.SETUP_ANNOTATIONS:
                            if (Dicts.GetStr(NamespaceOf(f), "__annotations__").IsNull) Dicts.SetStr(NamespaceOf(f), "__annotations__", Dicts.New());
                            break;

                        case Opcode.YIELD_VALUE:
                            LeavingRun(ts, level);
                            f.Yielded = true;
                            f.Ip = ip;
                            f.Sp = sp - 1;
                            return s[sp - 1];
                        case Opcode.GET_YIELD_FROM_ITER:
                            if (!Ops.Is(s[sp - 1], TypeId.Generator)) s[sp - 1] = Ops.GetIter(s[sp - 1]);
                            break;
                        case Opcode.YIELD_FROM:
                        {
                            if (Generators.YieldFromStep(s[sp - 2], s[sp - 1], out Value result))
                            {
                                LeavingRun(ts, level);
                                f.Yielded = true;
                                f.Ip = ip - 1;
                                f.Sp = sp - 1;
                                return result;
                            }
                            sp--;
                            s[sp - 1] = result;
                            break;
                        }

                        case Opcode.RAISE_VARARGS: throw Raise(ts, s, sp, arg);
                        case Opcode.PUSH_EXC_INFO:
                        {
                            Value exc = s[sp - 1];
                            s[sp - 1] = ts.CurrentExc.IsNull ? Py.None : ts.CurrentExc;
                            s[sp++] = exc;
                            ts.CurrentExc = exc;
                            f.ExcDepth++;
                            break;
                        }
                        case Opcode.POP_EXCEPT:
                        {
                            Value prev = s[--sp];
                            ts.CurrentExc = Py.IsNone(prev) ? Value.Null : prev;
                            f.ExcDepth--;
                            break;
                        }
                        case Opcode.CHECK_EXC_MATCH: s[sp - 1] = Py.Bool(ExceptionMatches(s[sp - 2], s[sp - 1])); break;
                        case Opcode.RERAISE: throw Reraise(ts, s[sp - 1]);
                        case Opcode.LOAD_ASSERTION_ERROR: s[sp++] = BuiltinTypes.AssertionError.Ref; break;
                        case Opcode.BEFORE_WITH: BeforeWith(s, sp); sp++; break;
                        case Opcode.WITH_EXCEPT_START: s[sp] = WithExceptStart(s, sp); sp++; break;

                        case Opcode.IMPORT_NAME:
                            sp--;
                            s[sp - 1] = Imports.ImportName(f, code.Code.Names[arg], s[sp - 1], s[sp]);
                            break;
                        case Opcode.IMPORT_FROM: s[sp] = Imports.ImportFrom(s[sp - 1], code.Code.Names[arg]); sp++; break;
                        case Opcode.IMPORT_STAR: Imports.ImportStar(s[--sp], NamespaceOf(f)); break;
                        case Opcode.PRINT_EXPR: PrintExpr(s[--sp]); break;

                        default:
                            throw Errors.RuntimeError($"unknown opcode {instr & 0xff}");
                    }
                }
            }
#if !NOSTM
            catch (Stm.StmAbortException) when (ts.SnapshotLevel == level)
            {
                // The transaction broke here last: back to that point, and run again.
                f = Transactions.Retry(ts);
                pending = null;
                continue;
            }
#endif
            catch (Exception e) when (ResourceErrors.AsGuestError(e) is { } pe)
            {
                // Unhandled in a callee entered inline: pop it and go on in its caller, at
                // the call instruction (its LastIp), as the nested Execute it stands for would.
                while (!HandleException(ts, f, pe, f.LastIp))
                {
                    if (f == entry)
                    {
                        leaving = pe;
                        break;
                    }
                    Frame caller = f.Back!;
                    ts.PopFrame(f);
                    f = caller;
                }
            }
            // An abort is no error: the Execute call that catches it restores the frames.
            catch (Exception e) when (e is not Stm.StmAbortException && NoteInternalError(ts, f, entry, f.LastIp))
            {
                throw new InvalidOperationException("unreachable", e);
            }
            // Thrown outside the catch block: a throw inside one keeps every frame it unwinds
            // on the .NET stack, so deep recursion would unwind in quadratic time and stack.
            if (leaving != null)
            {
#if !NOSTM
                if (ts.SnapshotLevel == level)
                {
                    try
                    {
                        Transactions.LeaveExecute(ts);
                    }
                    catch (Stm.StmAbortException)
                    {
                        f = Transactions.Retry(ts);
                        leaving = null;
                        continue;
                    }
                }
#endif
                throw leaving;
            }
        }
    }

    /// A safe point where the STM build may break the transaction (back edges and returns):
    /// the running frame's ip and sp are stored first, so that the frames are complete for the
    /// snapshot an abort goes back to.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void LoopSafePoint(ThreadState ts, Frame f, int ip, int sp, int entryDepth, int level)
    {
#if NOSTM
        Collector.SafePoint();
#else
        if (!Collector.SafePointPending) return;
        f.Ip = ip;
        f.Sp = sp;
        Transactions.BreakPoint(ts, entryDepth, level);
#endif
    }

    /// Run is about to return or raise into its caller: in the STM build, a transaction that
    /// would go back into this call on abort becomes inevitable first (Transactions.cs).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void LeavingRun(ThreadState ts, int level)
    {
#if !NOSTM
        if (ts.SnapshotLevel == level) Transactions.LeaveExecute(ts);
#endif
    }
}
