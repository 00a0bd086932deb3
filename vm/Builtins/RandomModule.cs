// The _random module, as CPython's Modules/_randommodule.c: the class _random.Random with
// the core generator (random, getrandbits, seed, getstate, setstate); Lib's random.py
// (vm/lib/random.py) builds every distribution on top of it. A Random instance keeps its
// Mersenne Twister state (MersenneTwister.cs) in a ByteBuffer in a hidden slot, so the
// state lives in the heap under the usual barriers: two threads drawing from one generator
// conflict as they should. An instance whose __init__ never seeded it has CPython's
// zeroed state (random() returns 0.0). Also _sha512_digest, the digest random.seed uses
// for str and bytes seeds (CPython takes it from _sha512).
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

internal static class RandomModule
{
    private const string HState = "\u0001mt";
    private static PyType _type = null!;
    private static Value _init, _getrandbits;

    [Setup(SetupPhase.Modules)]
    private static void Setup()
    {
        Value module = Modules.New("_random");
        Value dict = Modules.DictOf(module);
        _type = NativeClasses.Create("Random", "_random");
        _type.Flags |= TypeFlags.Instantiable | TypeFlags.BaseType;
        NativeClasses.Method(_type, "__init__", Init);
        _init = TypeObjects.LookupInMro(_type, "__init__");
        NativeClasses.Method(_type, "random", RandomFloat);
        NativeClasses.Method(_type, "getrandbits", GetRandBits);
        _getrandbits = TypeObjects.LookupInMro(_type, "getrandbits");
        NativeClasses.Method(_type, "_randbelow_with_getrandbits", RandBelow);
        NativeClasses.Method(_type, "seed", Seed);
        NativeClasses.Method(_type, "getstate", GetState);
        NativeClasses.Method(_type, "setstate", SetState);
        Dicts.SetStr(dict, "Random", _type.Ref);
        Natives.DefineFunction(dict, "_random", "_sha512_digest", Sha512Digest);
        Modules.RegisterNative("_random", module);
    }

    // ---- the state ----

    private static Value Self(string method, ReadOnlySpan<Value> args)
    {
        if (args.Length == 0) throw Errors.TypeError($"descriptor '{method}' of '_random.Random' object needs an argument");
        if (!Ops.IsInstance(args[0], _type))
            throw Errors.TypeError($"descriptor '{method}' for '_random.Random' objects doesn't apply to a '{Ops.TypeName(args[0])}' object");
        return args[0];
    }

    /// The generator words of self (created zeroed on first use), behind the barrier for `write`.
    private static Span<uint> State(Value self, bool write)
    {
        Value buf = Instances.Get(self, HState);
        if (buf.IsNull)
        {
            buf = Value.FromRef(Collector.AllocateArray((uint)TypeId.ByteBuffer, 4 * MersenneTwister.StateWords));
            Instances.Set(self, HState, buf);
        }
        if (write) Barrier.Write(buf.Ref);
        else Barrier.Read(buf.Ref);
        return MemoryMarshal.Cast<byte, uint>(Mem.Bytes(buf.Ref, Off.ArrayData, 4 * MersenneTwister.StateWords));
    }

    // ---- methods ----

    /// Random(x=None): seeds like seed(x). Keywords are refused unless a subclass's own
    /// __init__ chains here (CPython checks that the type's tp_init is this one).
    private static Value Init(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("__init__", args);
        if (kwNames is { Length: > 0 } && TypeObjects.LookupInMro(Ops.TypeOf(self), "__init__") == _init)
            throw Errors.TypeError("Random() takes no keyword arguments");
        if (args.Length > 2) throw Errors.TypeError("Random() requires 0 or 1 argument");
        SeedWith(args);
        return Py.None;
    }

    private static Value RandomFloat(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("random", args);
        Args.NoKeywords("Random.random", kwNames);
        if (args.Length != 1) throw Errors.TypeError($"Random.random() takes no arguments ({args.Length - 1} given)");
        return Floats.New(MersenneTwister.NextDouble(State(self, write: true)));
    }

    private static Value GetRandBits(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("getrandbits", args);
        Args.NoKeywords("Random.getrandbits", kwNames);
        if (args.Length != 2) throw Errors.TypeError($"Random.getrandbits() takes exactly one argument ({args.Length - 1} given)");
        Value kv = Ops.Index(args[1]);
        if (!Ints.TryGetLong(kv, out long k) || k > int.MaxValue || k < int.MinValue)
            throw Errors.OverflowError("Python int too large to convert to C int");
        if (k < 0) throw Errors.ValueError("number of bits must be non-negative");
        if (k == 0) return Value.FromSmallInt(0);
        // args[0], not a copy: __index__ above may have run guest code.
        if (k <= 32) return Ints.New(MersenneTwister.Next(State(args[0], write: true)) >> (int)(32 - k));
        int words = (int)((k - 1) / 32 + 1);
        var key = new uint[words];
        var mt = State(args[0], write: true);
        // Least significant word first; the last keeps its top bits only.
        for (int i = 0; i < words; i++, k -= 32)
            key[i] = k < 32 ? MersenneTwister.Next(mt) >> (int)(32 - k) : MersenneTwister.Next(mt);
        return Ints.New(new BigInteger(MemoryMarshal.AsBytes(key.AsSpan()), isUnsigned: true, isBigEndian: false));
    }

    /// random.py's _randbelow_with_getrandbits(n), the core of randrange, randint, choice,
    /// shuffle and sample: r = getrandbits(n.bit_length()) until r < n. Done here, on the
    /// state directly, when n is a small int and self's getrandbits is this module's;
    /// otherwise exactly the Python code, calling self.getrandbits.
    private static Value RandBelow(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("_randbelow_with_getrandbits", args);
        Args.NoKeywords("Random._randbelow_with_getrandbits", kwNames);
        if (args.Length != 2)
            throw Errors.TypeError($"Random._randbelow_with_getrandbits() takes exactly one argument ({args.Length - 1} given)");
        Value nv = args[1];
        if (nv.IsSmallInt && nv.SmallInt > 0 && TypeObjects.LookupInMro(Ops.TypeOf(self), "getrandbits") == _getrandbits
            && Instances.Get(self, "getrandbits").IsNull)
        {
            ulong n = (ulong)nv.SmallInt;
            int k = 64 - System.Numerics.BitOperations.LeadingZeroCount(n);
            var mt = State(self, write: true);
            while (true)
            {
                // getrandbits(k): the low word first; only the last word is shifted.
                ulong r = k <= 32 ? MersenneTwister.Next(mt) >> (32 - k)
                    : MersenneTwister.Next(mt) | (ulong)(MersenneTwister.Next(mt) >> (64 - k)) << 32;
                if (r < n) return Ints.New((long)r);
            }
        }
        using var rs = new RootScope();
        int hn = rs.Add(nv);
        int hg = rs.Add(Ops.GetAttr(self, "getrandbits"));
        int hk = rs.Add(Ops.Call(Ops.GetAttr(nv, "bit_length"), []));
        int hr = rs.Add(Value.Null);
        while (true)
        {
            rs[hr] = Ops.Call(rs[hg], [rs[hk]]);
            if (!Ops.Truth(Ops.Compare(rs[hr], rs[hn], Lang.CompareOp.Ge))) return rs[hr];
        }
    }

    private static Value Seed(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("seed", args);
        Args.NoKeywords("Random.seed", kwNames);
        if (args.Length > 2) throw Errors.TypeError($"seed expected at most 1 argument, got {args.Length - 1}");
        SeedWith(args);
        return Py.None;
    }

    /// random_seed(args[0], args[1] or None): None from OS entropy; an int by its absolute
    /// value; anything else by its hash taken as unsigned; the number's 32-bit words (least
    /// significant first) go to init_by_array. (args[0] is re-read after hash(), which may
    /// run guest code.)
    private static void SeedWith(ReadOnlySpan<Value> args)
    {
        Value arg = args.Length == 2 ? args[1] : Py.None;
        uint[] key;
        if (Py.IsNone(arg))
        {
            key = new uint[MersenneTwister.N];
            RandomNumberGenerator.Fill(MemoryMarshal.AsBytes(key.AsSpan()));
        }
        else
        {
            BigInteger n = Ints.IsInt(arg) ? BigInteger.Abs(Ints.ToBig(arg)) : (ulong)Ops.Hash(arg);
            long bits = (long)n.GetBitLength();
            key = new uint[bits == 0 ? 1 : (bits - 1) / 32 + 1];
            n.TryWriteBytes(MemoryMarshal.AsBytes(key.AsSpan()), out _, isUnsigned: true, isBigEndian: false);
        }
        MersenneTwister.InitByArray(State(args[0], write: true), key);
    }

    private static Value GetState(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value self = Self("getstate", args);
        Args.NoKeywords("Random.getstate", kwNames);
        if (args.Length != 1) throw Errors.TypeError($"Random.getstate() takes no arguments ({args.Length - 1} given)");
        var words = State(self, write: false).ToArray();
        Value tuple = Tuples.Uninitialized(words.Length);
        var items = Tuples.Items(tuple);
        for (int i = 0; i < words.Length; i++) items[i] = Ints.New(words[i]);
        return tuple;
    }

    private static Value SetState(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Self("setstate", args);
        Args.NoKeywords("Random.setstate", kwNames);
        if (args.Length != 2) throw Errors.TypeError($"Random.setstate() takes exactly one argument ({args.Length - 1} given)");
        Value state = args[1];
        if (!Tuples.IsTuple(state)) throw Errors.TypeError("state vector must be a tuple");
        if (Tuples.Length(state) != MersenneTwister.StateWords) throw Errors.ValueError("state vector is the wrong size");
        var words = new uint[MersenneTwister.StateWords];
        for (int i = 0; i < MersenneTwister.N; i++) words[i] = UnsignedWord(Tuples.Item(state, i));
        // The index goes through __index__ (PyLong_AsLong); it may run guest code, so re-read the tuple after.
        Value index = Ops.Index(Tuples.Item(args[1], MersenneTwister.N));
        if (!Ints.TryGetLong(index, out long at)) throw Errors.OverflowError("Python int too large to convert to C long");
        if (at < 0 || at > MersenneTwister.N) throw Errors.ValueError("invalid state");
        words[MersenneTwister.N] = (uint)at;
        words.CopyTo(State(args[0], write: true));
        return Py.None;
    }

    /// PyLong_AsUnsignedLong truncated to 32 bits, with its errors.
    private static uint UnsignedWord(Value v)
    {
        if (!Ints.IsInt(v)) throw Errors.TypeError("an integer is required");
        BigInteger b = Ints.ToBig(v);
        if (b.Sign < 0) throw Errors.OverflowError("can't convert negative value to unsigned int");
        if (b > ulong.MaxValue) throw Errors.OverflowError("Python int too large to convert to C unsigned long");
        return (uint)(ulong)b;
    }

    private static Value Sha512Digest(ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Args.Exactly("_sha512_digest", args, kwNames, 1);
        if (!BytesObjects.IsBytesLike(args[0]))
            throw Errors.TypeError("object supporting the buffer API required");
        return BytesObjects.New(SHA512.HashData(BytesObjects.View(args[0])));
    }
}
