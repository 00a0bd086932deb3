// itertools: islice (every argument form, CPython's ValueError wording) and zip_longest.
// Fields:
//   islice       [A iterator][index items consumed][B next index to yield][C stop, -1 = None][D step]
//   zip_longest  [A list of iterators, None once exhausted][index active count][B fillvalue]
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Itertools
{
    private const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static Value NewISlice(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        ParseArgs.Positional("islice", args, kwNames, 2, 4);
        long start = 0, stop = -1, step = 1;
        if (args.Length == 2)
        {
            if (!Py.IsNone(args[1]) && (stop = AsSsize(args[1])) == -1) throw Errors.ValueError(StopMessage);
        }
        else
        {
            if (!Py.IsNone(args[1])) start = AsSsize(args[1]);
            if (!Py.IsNone(args[2]) && (stop = AsSsize(args[2])) == -1) throw Errors.ValueError(StopMessage);
        }
        if (start < 0 || stop < -1)
            throw Errors.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        if (args.Length == 4 && !Py.IsNone(args[3])) step = AsSsize(args[3]);
        if (step < 1) throw Errors.ValueError("Step for islice() must be a positive integer or None.");
        Value source = IterOf(args[0]);
        return New(TypeId.ItISlice, 0, source, Ints.New(start), Ints.New(stop), Ints.New(step));
    }

    /// CPython's PyNumber_AsSsize_t with every error turned into -1 (islice clears them).
    private static long AsSsize(Value v)
    {
        if (v.IsSmallInt) return v.SmallInt;
        try
        {
            Value i = Ops.Index(v);
            return Ints.TryGetLong(i, out long x) ? x : -1;
        }
        catch (PyException)
        {
            return -1;
        }
    }

    private static long LongOf(Value v) => v.IsSmallInt ? v.SmallInt : (long)Ints.ToBig(v);

    private static Value NextISlice(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        long next = LongOf(Iterators.B(it)), stop = LongOf(Iterators.C(it));
        while (Iterators.Index(rs[hit]) < next)
        {
            if (Ops.Next(Iterators.A(rs[hit])).IsNull) return Done(rs[hit]);
            Iterators.SetIndex(rs[hit], Iterators.Index(rs[hit]) + 1);
        }
        if (stop != -1 && Iterators.Index(rs[hit]) >= stop) return Done(rs[hit]);
        Value item = Ops.Next(Iterators.A(rs[hit]));
        if (item.IsNull) return Done(rs[hit]);
        it = rs[hit];
        Iterators.SetIndex(it, Iterators.Index(it) + 1);
        long step = LongOf(Get(it, Off.IterD));
        long advanced = next + step;
        if (advanced < next || (stop != -1 && advanced > stop)) advanced = stop;
        if (advanced != next) Set(it, Off.IterB, Ints.New(advanced));
        return item;
    }

    private static Value NewZipLongest(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value fill = Py.None;
        if (kwNames is { Length: > 0 })
        {
            if (kwNames.Length != 1 || kwNames[0] != "fillvalue")
                throw Errors.TypeError("zip_longest() got an unexpected keyword argument");
            fill = kwValues[0];
        }
        using var rs = new RootScope();
        int hf = rs.Add(fill);
        int hl = rs.Add(Lists.New(args.Length));
        foreach (var arg in args) Lists.Append(rs[hl], Ops.GetIter(arg));
        return New(TypeId.ItZipLongest, args.Length, rs[hl], rs[hf]);
    }

    private static Value NextZipLongest(Value it)
    {
        using var rs = new RootScope();
        int hit = rs.Add(it);
        int n = Lists.Count(Iterators.A(it));
        if (n == 0 || Iterators.Index(it) == 0) return Done(it);
        int hr = rs.Add(Tuples.Uninitialized(n));
        for (int i = 0; i < n; i++)
        {
            Value source = Lists.Item(Iterators.A(rs[hit]), i);
            Value item;
            if (Py.IsNone(source)) item = Iterators.B(rs[hit]);
            else
            {
                try
                {
                    item = Ops.Next(source);
                }
                catch (PyException)
                {
                    Done(rs[hit]);
                    throw;
                }
                if (item.IsNull)
                {
                    long active = Iterators.Index(rs[hit]) - 1;
                    Iterators.SetIndex(rs[hit], active);
                    if (active == 0) return Done(rs[hit]);
                    Lists.SetItem(Iterators.A(rs[hit]), i, Py.None);
                    item = Iterators.B(rs[hit]);
                }
            }
            Tuples.Items(rs[hr])[i] = item;
        }
        return rs[hr];
    }
}
