// Type ids: the upper half of every object's header. Each id names one memory layout
// (registered with the collector in ObjectLayouts.cs); several guest classes may share a
// layout (every user class without a built-in base uses Instance).
namespace Stmvm.Vm;

public enum TypeId : uint
{
    Invalid = 0,
    // singletons
    NoneType, Bool, EllipsisType, NotImplementedType,
    // immutable scalars and sequences (no class word: their class is fixed)
    Float, BigInt, Str, Bytes, Tuple,
    // internal storage
    ValueArray, ByteBuffer,
    // objects with the standard prefix (map, class, attribute overflow): subclassable
    Instance, Exception, List, Dict, Set, FrozenSet, Function,
    // others
    Code, Cell, BoundMethod, BuiltinFunction, Type, Module, Range, Slice, Generator,
    Property, StaticMethod, ClassMethod, Super, Traceback, DictView, ByteArray,
    // collections.deque (standard prefix: subclassable)
    Deque,
    // iterators (layout Iter)
    ListIter, ListRevIter, TupleIter, StrIter, BytesIter, RangeIter, DictKeyIter, DictValueIter, DictItemIter,
    SetIter, Enumerate, Zip, Map, Filter, Reversed, SeqIter, CallableIter,
    DequeIter, DequeRevIter,
    /// The last built-in iterator layout.
    LastIter = DequeRevIter,
    // itertools objects (layout Iter extended by Off.IterD..IterF; Builtins/Itertools*.cs)
    ItCount, ItCycle, ItRepeat, ItAccumulate, ItChain, ItCompress, ItDropWhile, ItTakeWhile, ItFilterFalse,
    ItStarMap, ItISlice, ItPairwise, ItZipLongest, ItGroupBy, ItGrouper, ItTee, ItProduct, ItPermutations,
    ItCombinations, ItCombinationsWR,
    // operator.itemgetter, attrgetter, methodcaller (Builtins/OperatorGetters.cs)
    OpItemGetter, OpAttrGetter, OpMethodCaller,
    Count,
}
