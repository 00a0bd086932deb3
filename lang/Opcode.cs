// The bytecode: one 32-bit word per instruction, opcode in the low 8 bits, argument in
// the upper 24 (Instr.Make / Instr.Op / Instr.Arg). Jump arguments are absolute
// instruction indices. Stack effects are written [before] -> [after], top of stack last.
// This file is the contract between the compiler (lang/) and the interpreter (vm/):
// each opcode's meaning is defined here, once, and the trace recorder mirrors it.
//
// Exceptions use a table, not a block stack (CodeObject.ExceptionTable): when an
// instruction at index i raises, the innermost entry with Start <= i < End is taken:
// the value stack is cut to entry.Depth, the exception object is pushed, and execution
// continues at entry.Handler. No entry: the frame is left and the exception propagates.
// The "current exception" (sys.exc_info(), bare `raise`, implicit __context__) is a
// per-thread value saved and restored by PUSH_EXC_INFO / POP_EXCEPT.
namespace Stmvm.Lang;

public enum Opcode : byte
{
    NOP,

    // ---- stack ----
    POP_TOP,            // [a] -> []
    COPY,               // arg n>=1: [.., x(n-th from top), ..] -> [.., x, .., x]   (COPY 1 = dup top)
    SWAP,               // arg n>=2: swap top with the n-th item from top

    // ---- constants and variables ----
    LOAD_CONST,         // arg: index in Consts. [] -> [value]
    LOAD_FAST,          // arg: index in VarNames. UnboundLocalError if unset.
    STORE_FAST,         // [v] -> []
    DELETE_FAST,        // UnboundLocalError if unset.
    LOAD_DEREF,         // arg: cell index (CellVars then FreeVars). NameError "free variable 'x' referenced
                        //   before assignment in enclosing scope" for free vars, UnboundLocalError for cell vars.
    STORE_DEREF,        // [v] -> []
    DELETE_DEREF,
    LOAD_CLOSURE,       // arg: cell index. Pushes the cell object itself (for MAKE_FUNCTION's closure tuple).
    LOAD_CLASSDEREF,    // arg: cell index. In a class body: look in the class namespace first, then the cell.
    LOAD_GLOBAL,        // arg: index in Names. globals, then builtins; NameError "name 'x' is not defined".
    STORE_GLOBAL,
    DELETE_GLOBAL,
    LOAD_NAME,          // arg: index in Names. Module and class bodies: locals mapping, globals, builtins.
    STORE_NAME,
    DELETE_NAME,

    // ---- attributes ----
    LOAD_ATTR,          // arg: name index. [obj] -> [obj.name]
    STORE_ATTR,         // [v, obj] -> []   (obj.name = v)
    DELETE_ATTR,        // [obj] -> []
    LOAD_METHOD,        // arg: name index. [obj] -> [meth, obj] when the type has a plain function `name`
                        //   (and the instance does not shadow it); otherwise [NULL, obj.name].
    CALL_METHOD,        // arg: argc. [meth_or_NULL, self_or_callable, a1..an] -> [result]
                        //   meth != NULL: meth(self, a1..an); else callable(a1..an).

    // ---- operators ----
    UNARY_POSITIVE,     // [a] -> [+a]
    UNARY_NEGATIVE,
    UNARY_NOT,
    UNARY_INVERT,
    BINARY_OP,          // arg: BinaryOp. [a, b] -> [a op b]; the Inplace* variants try __iop__ first.
    COMPARE_OP,         // arg: CompareOp. [a, b] -> [a op b]
    IS_OP,              // arg 0: is, 1: is not. [a, b] -> [bool]
    CONTAINS_OP,        // arg 0: in, 1: not in. [a, b] -> [a in b]

    // ---- subscripts ----
    BINARY_SUBSCR,      // [obj, key] -> [obj[key]]
    STORE_SUBSCR,       // [v, obj, key] -> []
    DELETE_SUBSCR,      // [obj, key] -> []
    BUILD_SLICE,        // arg 2: [start, stop] -> [slice]; arg 3: [start, stop, step] -> [slice]

    // ---- building ----
    BUILD_TUPLE,        // arg n: [x1..xn] -> [tuple]
    BUILD_LIST,         // arg n: [x1..xn] -> [list]
    BUILD_SET,          // arg n
    BUILD_MAP,          // arg n: [k1, v1, .., kn, vn] -> [dict]
    BUILD_STRING,       // arg n: [s1..sn] -> [s1+..+sn]  (f-strings)
    FORMAT_VALUE,       // arg: (conversion & 3: 0 none, 1 str, 2 repr, 3 ascii) | 4 if a format spec is on the stack.
                        //   [v] or [v, spec] -> [format(conv(v), spec)]
    LIST_APPEND,        // arg i: [.., list (i-th from top after pop), .., v] -> list.append(v), v popped
    SET_ADD,            // arg i: like LIST_APPEND
    MAP_ADD,            // arg i: [.., dict, .., k, v] -> dict[k] = v (dict is i-th from top after popping k, v)
    LIST_EXTEND,        // arg i: [.., list, .., iterable] -> list.extend(iterable)
    SET_UPDATE,         // arg i
    DICT_UPDATE,        // arg i: [.., dict, .., mapping] -> dict.update(mapping)   ({**m} displays)
    DICT_MERGE,         // arg i: like DICT_UPDATE but TypeError on a repeated key ("got multiple values
                        //   for keyword argument 'k'") and on a non-mapping (f(**x) calls).
    LIST_TO_TUPLE,      // [list] -> [tuple]
    UNPACK_SEQUENCE,    // arg n: [seq] -> [x_n, .., x_1] (x_1 on top). ValueError as CPython words it.
    UNPACK_EX,          // arg: before | (after << 8). [seq] -> [x_last.., list, .., x_1] (x_1 on top).

    // ---- control flow ----
    JUMP,               // arg: target, forward or sideways (no safe point).
    JUMP_BACKWARD,      // arg: target, a loop header. A safe point; counts the loop for the JIT.
    POP_JUMP_IF_FALSE,  // [v] -> []; jumps if not truth(v)
    POP_JUMP_IF_TRUE,
    JUMP_IF_FALSE_OR_POP, // [v] -> [v] and jump if falsy, else [] (pops)
    JUMP_IF_TRUE_OR_POP,
    GET_ITER,           // [obj] -> [iter(obj)]
    FOR_ITER,           // arg: target. [it] -> [it, next(it)]; on exhaustion -> [] and jump to target.
    RETURN_VALUE,       // [v] -> frame returns v

    // ---- calls and functions ----
    CALL,               // arg: argc. [callable, a1..an] -> [result]
    CALL_KW,            // arg: argc (positional + keyword). [callable, a1..an, names] -> [result];
                        //   names: a const tuple of str, the last len(names) args are keywords.
    CALL_FUNCTION_EX,   // arg 0: [callable, args_tuple] ; arg 1: [callable, args_tuple, kwargs_dict] -> [result]
    MAKE_FUNCTION,      // arg flags: 1 defaults tuple, 2 kw-only defaults dict, 8 annotations tuple (names and values), 4 closure tuple.
                        //   [defaults?, kwdefaults?, annotations?, closure?, code] -> [function]. Name/qualname from the code.
    LOAD_BUILD_CLASS,   // [] -> [builtins.__build_class__]; called as __build_class__(func, name, *bases, **kw)
    SETUP_ANNOTATIONS,  // [] -> []; first in a module or class body that annotates names: makes
                        //   __annotations__ = {} in its namespace unless it is there already

    // ---- generators ----
    YIELD_VALUE,        // [v] -> suspends yielding v; on resume -> [sent value]
    GET_YIELD_FROM_ITER,// [obj] -> [iter(obj)] (a generator stays itself)
    YIELD_FROM,         // [subiter, v] -> sends v to subiter (next() when v is None);
                        //   if it yields x: suspend yielding x; on resume push the sent value and run
                        //   YIELD_FROM again (the instruction pointer stays on it);
                        //   when it returns r (StopIteration): [subiter, v] -> [r].
                        //   throw()/close() on the outer generator are forwarded to subiter.

    // ---- exceptions ----
    RAISE_VARARGS,      // arg 0: re-raise the current exception ("RuntimeError: No active exception to reraise");
                        //   1: [exc] -> raise exc;  2: [exc, cause] -> raise exc from cause
    PUSH_EXC_INFO,      // [exc] -> [prev_current_exc, exc]; makes exc the current exception
    POP_EXCEPT,         // [prev] -> []; restores prev as the current exception
    CHECK_EXC_MATCH,    // [exc, type] -> [exc, bool]; type may be a tuple. TypeError for non-exception classes:
                        //   "catching classes that do not inherit from BaseException is not allowed"
    RERAISE,            // [.., exc] -> raises exc again, its traceback kept (no new entry for this frame line)
    LOAD_ASSERTION_ERROR, // [] -> [AssertionError class]
    BEFORE_WITH,        // [mgr] -> [bound mgr.__exit__, mgr.__enter__()]; TypeError if the protocol is missing
    WITH_EXCEPT_START,  // [exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, exc.__traceback__)]

    // ---- imports ----
    IMPORT_NAME,        // arg: name index. [level, fromlist] -> [module]  (top package when fromlist is None)
    IMPORT_FROM,        // arg: name index. [module] -> [module, module.name]; ImportError "cannot import name"
    IMPORT_STAR,        // [module] -> []; copies public names into the current namespace

    // ---- interactive ----
    PRINT_EXPR,         // [v] -> []; REPL: prints repr(v) unless None, sets builtins._
}

/// Operators of BINARY_OP. The order is fixed: Inplace = plain + InplaceOffset.
public enum BinaryOp : byte
{
    Add, Subtract, Multiply, TrueDivide, FloorDivide, Remainder, Power, MatrixMultiply,
    LeftShift, RightShift, And, Or, Xor,
    InplaceAdd, InplaceSubtract, InplaceMultiply, InplaceTrueDivide, InplaceFloorDivide, InplaceRemainder,
    InplacePower, InplaceMatrixMultiply, InplaceLeftShift, InplaceRightShift, InplaceAnd, InplaceOr, InplaceXor,
}

public enum CompareOp : byte { Lt, Le, Eq, Ne, Gt, Ge }

public static class Instr
{
    public const int InplaceOffset = (int)BinaryOp.InplaceAdd;
    public const int MaxArg = (1 << 24) - 1;

    public static int Make(Opcode op, int arg = 0) => (int)op | (arg << 8);
    public static Opcode Op(int instr) => (Opcode)(instr & 0xff);
    public static int Arg(int instr) => (int)((uint)instr >> 8);
}
