// The itertools module: its classes (one iterator layout each, TypeId.ItCount ..
// ItCombinationsWR, the Iter layout extended to six value words Off.IterA..IterF), the
// __next__ dispatch, field access and the module's registration. Iterators.Next calls
// Next here for these layouts, so Ops.Next and for-loops reach them without a dunder
// lookup. As for every built-in iterator, a Null in Off.IterA means "exhausted" (the
// source is dropped). The iterators: ItertoolsSimple.cs (count, cycle, repeat, chain,
// compress, the predicate filters, starmap, accumulate, pairwise), ItertoolsSlices.cs
// (islice, zip_longest), ItertoolsGroupTee.cs (groupby, tee), ItertoolsCombinatorics.cs.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Itertools
{
    public static bool IsLayout(TypeId t) => t >= TypeId.ItCount && t <= TypeId.ItCombinationsWR;

    internal static Value New(TypeId layout, long index, Value a, Value b = default, Value c = default,
        Value d = default, Value e = default, Value f = default)
    {
        long it = Collector.Allocate((uint)layout, Off.ItertoolsSize);
        Mem.Store(it, Off.IterIndex, index);
        Mem.StoreValue(it, Off.IterA, a);
        Mem.StoreValue(it, Off.IterB, b);
        Mem.StoreValue(it, Off.IterC, c);
        Mem.StoreValue(it, Off.IterD, d);
        Mem.StoreValue(it, Off.IterE, e);
        Mem.StoreValue(it, Off.IterF, f);
        return Value.FromRef(it);
    }

    /// The next item, or Null when exhausted (Iterators.Next has checked Off.IterA).
    internal static Value Next(Value it) => (TypeId)Mem.TypeId(it.Ref) switch
    {
        TypeId.ItCount => NextCount(it),
        TypeId.ItCycle => NextCycle(it),
        TypeId.ItRepeat => NextRepeat(it),
        TypeId.ItAccumulate => NextAccumulate(it),
        TypeId.ItChain => NextChain(it),
        TypeId.ItCompress => NextCompress(it),
        TypeId.ItDropWhile => NextDropWhile(it),
        TypeId.ItTakeWhile => NextTakeWhile(it),
        TypeId.ItFilterFalse => NextFilterFalse(it),
        TypeId.ItStarMap => NextStarMap(it),
        TypeId.ItISlice => NextISlice(it),
        TypeId.ItPairwise => NextPairwise(it),
        TypeId.ItZipLongest => NextZipLongest(it),
        TypeId.ItGroupBy => NextGroupBy(it),
        TypeId.ItGrouper => NextGrouper(it),
        TypeId.ItTee => NextTee(it),
        TypeId.ItProduct => NextProduct(it),
        TypeId.ItPermutations => NextPermutations(it),
        TypeId.ItCombinations => NextCombinations(it),
        _ => NextCombinationsWR(it),
    };

    // Fields are read with the barrier each time: callers re-read after guest code.
    internal static Value Get(Value it, int offset)
    {
        Barrier.Read(it.Ref);
        return Mem.LoadValue(it.Ref, offset);
    }

    internal static void Set(Value it, int offset, Value v) => Iterators.SetField(it, offset, v);

    /// Marks the iterator exhausted and returns Null.
    private static Value Done(Value it) => Iterators.Exhaust(it);

    private static readonly Dictionary<TypeId, PyType> _types = new();

    internal static PyType TypeOf(TypeId layout) => _types[layout];

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("itertools");
        Value dict = Modules.DictOf(module);
        Class(dict, TypeId.ItCount, "count", NewCount);
        Class(dict, TypeId.ItCycle, "cycle", NewCycle);
        Class(dict, TypeId.ItRepeat, "repeat", NewRepeat);
        Class(dict, TypeId.ItAccumulate, "accumulate", NewAccumulate);
        Class(dict, TypeId.ItChain, "chain", NewChain);
        Class(dict, TypeId.ItCompress, "compress", NewCompress);
        Class(dict, TypeId.ItDropWhile, "dropwhile", (a, _, k) => NewPredicate(TypeId.ItDropWhile, "dropwhile", a, k));
        Class(dict, TypeId.ItTakeWhile, "takewhile", (a, _, k) => NewPredicate(TypeId.ItTakeWhile, "takewhile", a, k));
        Class(dict, TypeId.ItFilterFalse, "filterfalse", (a, _, k) => NewPredicate(TypeId.ItFilterFalse, "filterfalse", a, k));
        Class(dict, TypeId.ItStarMap, "starmap", NewStarMap);
        Class(dict, TypeId.ItISlice, "islice", NewISlice);
        Class(dict, TypeId.ItPairwise, "pairwise", NewPairwise);
        Class(dict, TypeId.ItZipLongest, "zip_longest", NewZipLongest);
        Class(dict, TypeId.ItGroupBy, "groupby", NewGroupBy);
        Class(dict, TypeId.ItGrouper, "_grouper", null);
        Class(dict, TypeId.ItTee, "_tee", null);
        Class(dict, TypeId.ItProduct, "product", NewProduct);
        Class(dict, TypeId.ItPermutations, "permutations", NewPermutations);
        Class(dict, TypeId.ItCombinations, "combinations", NewCombinations);
        Class(dict, TypeId.ItCombinationsWR, "combinations_with_replacement", NewCombinationsWR);
        Natives.DefineFunction(dict, "itertools", "tee", Tee);
        SetupMethods();
        Modules.RegisterNative("itertools", module);
    }

    /// A class `itertools.name` for `layout`; `constructor` null: not instantiable from Python.
    private static void Class(Value moduleDict, TypeId layout, string name, NativeFn? constructor)
    {
        var type = FixedLayoutClasses.Create(moduleDict, "itertools", name, layout, constructor);
        _types[layout] = type;
        BuiltinDunders.Method(type, "__iter__", 0, (self, _) => self);
        BuiltinDunders.Method(type, "__next__", 0, (self, _) =>
        {
            Value v = Iterators.Next(self);
            return v.IsNull ? throw Errors.StopIteration() : v;
        });
    }

    /// The methods beyond __iter__/__next__: reprs, __length_hint__, chain.from_iterable, __copy__.
    private static void SetupMethods()
    {
        BuiltinDunders.Method(TypeOf(TypeId.ItCount), "__repr__", 0, (self, _) => CountRepr(self));
        BuiltinDunders.Method(TypeOf(TypeId.ItRepeat), "__repr__", 0, (self, _) => RepeatRepr(self));
        BuiltinDunders.Method(TypeOf(TypeId.ItRepeat), "__length_hint__", 0, (self, _) =>
        {
            long n = Iterators.Index(self);
            return n < 0 ? throw Errors.TypeError("len() of unsized object") : Ints.New(n);
        });
        BuiltinDunders.ClassMethod(TypeOf(TypeId.ItChain), "from_iterable", ChainFromIterable);
        BuiltinDunders.Method(TypeOf(TypeId.ItTee), "__copy__", 0, (self, _) => TeeCopy(self));
    }

    /// iter(x) as a fresh Value, for constructors.
    private static Value IterOf(Value iterable) => Ops.GetIter(iterable);
}
