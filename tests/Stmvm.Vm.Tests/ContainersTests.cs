// Tests of the containers (dict, set, list, tuple, range, slices) through their C# APIs.
// Every expected value was printed by python3 (CPython 3.11); see the comments.
using Stmvm.Gc;
using Xunit;

namespace Stmvm.Vm.Tests;

[Collection("vm")]
public sealed class ContainersTests(VmFixture vm)
{
    private static Value I(long x) => Value.FromSmallInt(x);

    /// Runs on the VM thread; a guest exception is turned into its message there.
    private void Run(Action test) => vm.Run(() =>
    {
        try { test(); }
        catch (PyException e) { throw new InvalidOperationException("guest exception: " + e.Message); }
    });

    private static long[] SetItems(Value set)
    {
        var r = new List<long>();
        long pos = 0;
        while (Sets.Next(set, ref pos, out Value k, out _)) r.Add(k.SmallInt);
        return r.ToArray();
    }

    private static Value SetOf(params long[] xs)
    {
        Value s = Sets.New();
        foreach (long x in xs) Sets.Add(s, I(x));
        return s;
    }

    [Fact]
    public void SetOrderAfterAddsAndDiscards() => Run(() =>
    {
        // s=set(); add 5,13,21,1000,8,16,77,-3,2**40,99,64,128,3,11; discard 13,1000,-3; add 200,300,13,7
        Value s = Sets.New();
        foreach (long x in new[] { 5, 13, 21, 1000, 8, 16, 77, -3, 1L << 40, 99, 64, 128, 3, 11 }) Sets.Add(s, I(x));
        foreach (long x in new[] { 13, 1000, -3 }) Sets.Discard(s, I(x));
        foreach (long x in new[] { 200, 300, 13, 7 }) Sets.Add(s, I(x));
        Assert.Equal(new long[] { 1099511627776, 64, 128, 99, 3, 5, 7, 200, 8, 11, 300, 13, 77, 16, 21 }, SetItems(s));
    });

    [Fact]
    public void SetOrderWithResizes() => Run(() =>
    {
        Value s = Sets.New();
        for (long i = 0; i < 300; i += 7) Sets.Add(s, I(i * i % 1009));
        for (long i = 0; i < 300; i += 21) Sets.Discard(s, I(i * i % 1009));
        Assert.Equal(new long[] { 640, 523, 140, 784, 536, 35, 675, 429, 49, 436, 696, 707, 196, 836, 74, 209, 849, 216,
            735, 864, 355, 487, 109, 494, 884, 509, 126, 383 }, SetItems(s));
    });

    [Fact]
    public void SetPopOrder() => Run(() =>
    {
        Value s = Sets.New();
        for (long i = 40; i > 0; i -= 3) Sets.Add(s, I(i));
        var popped = new List<long>();
        for (int i = 0; i < 5; i++) popped.Add(Sets.Pop(s).SmallInt);
        Sets.Add(s, I(1000));
        Sets.Add(s, I(3));
        Assert.Equal(new long[] { 1, 34, 4, 37, 7 }, popped);
        Assert.Equal(new long[] { 3, 40, 1000, 10, 13, 16, 19, 22, 25, 28, 31 }, SetItems(s));
    });

    [Fact]
    public void SetAlgebraOrders() => Run(() =>
    {
        Assert.Equal(new long[] { 64, 1, 2, 3, 100, 5 }, SetItems(Ops.Binary(SetOf(1, 2, 3), SetOf(100, 64, 5), Lang.BinaryOp.Or)));
        Assert.Equal(new long[] { 64, 3, 100 }, SetItems(SetMethods.Intersection(SetOf(1, 2, 3, 100, 64, 5), SetOf(64, 3, 100, 999))));
        Assert.Equal(new long[] { 1, 2, 3, 100, 5 }, SetItems(SetMethods.Difference(SetOf(1, 2, 3, 100, 64, 5), SetOf(64))));
        Assert.Equal(new long[] { 1, 2, 4, 77 }, SetItems(SetMethods.SymmetricDifference(SetOf(1, 2, 3), SetOf(3, 4, 77))));
    });

    [Fact]
    public void RandomSetAgainstCPythonOrder() => Run(() =>
    {
        // The same linear congruential sequence run in python3 (add on x%3<2, else discard;
        // three pops every 500 steps) ends with this iteration order.
        long[] expected = [0, 2, 5, 8, 7, 10, 13, 15, 17, 20, 18, 19, 26, 38, 39, 37, 41, 43, 45, 46, 47, 48, 49, 53, 52, 57, 58, 55, 62, 63, 64, 65, 420, 84, 75, 78, 81, 82, 83, 85, 87, 90, 93, 94, 97, 98, 100, 103, 105, 108, 109, 110, 102, 112, 113, 114, 115, 116, 118, 86, 120, 117, 122, 119, 124, 125, 126, 127, 128, 129, 130, 131, 134, 133, 135, 140, 137, 142, 144, 143, 436, 148, 141, 150, 146, 152, 153, 154, 147, 157, 158, 159, 160, 162, 164, 165, 163, 169, 161, 171, 172, 173, 174, 175, 180, 34, 182, 183, 187, 181, 191, 192, 185, 99, 196, 197, 198, 199, 200, 201, 204, 205, 206, 208, 210, 212, 213, 209, 215, 216, 214, 219, 220, 449, 223, 225, 221, 230, 231, 224, 233, 234, 452, 227, 238, 239, 241, 237, 243, 244, 454, 246, 247, 456, 249, 250, 252, 254, 256, 260, 261, 262, 263, 265, 268, 269, 270, 271, 273, 267, 277, 278, 272, 276, 281, 284, 283, 285, 289, 292, 294, 295, 300, 298, 297, 303, 304, 305, 301, 302, 308, 311, 307, 313, 314, 306, 316, 318, 471, 327, 324, 329, 330, 325, 332, 472, 334, 335, 328, 337, 338, 473, 333, 341, 342, 343, 339, 345, 346, 476, 347, 349, 350, 353, 354, 355, 358, 351, 361, 362, 363, 365, 364, 368, 367, 371, 370, 373, 369, 375, 372, 377, 379, 378, 380, 382, 384, 386, 390, 392, 77, 388, 484, 389, 399, 400, 397, 403, 405, 401, 407, 402, 406, 410, 409, 412, 408, 414, 416, 417, 421, 423, 424, 425, 426, 427, 428, 429, 422, 433, 434, 430, 431, 437, 438, 435, 432, 441, 442, 443, 439, 447, 446, 455, 457, 453, 460, 462, 464, 465, 461, 467, 469, 475, 477, 478, 474, 481, 486, 487, 488, 490, 492, 493, 495, 496, 498, 499, 500, 501, 502, 503, 509, 511, 506, 513, 512, 518, 520, 515, 522, 524, 525, 527, 530, 532, 533, 537, 529, 539, 542, 543, 547, 545, 549, 551, 553, 548, 557, 559, 558, 552, 562, 554, 563, 556, 566, 567, 111, 568, 570, 571, 569, 572, 575, 576, 578, 581, 580, 584, 585, 588, 590, 593, 594, 596, 597, 598, 600, 603, 606, 607, 608, 609, 601, 602, 611, 604, 614, 610, 619, 617, 621, 615, 623, 624, 625, 627, 626, 628, 631, 632, 634, 636, 637, 633, 639, 643, 644, 645, 646, 648, 649, 651, 652, 647, 654, 656, 658, 659, 661, 663, 665, 662, 671, 666, 670, 672, 675, 541, 677, 669, 680, 681, 682, 683, 684, 685, 686, 678, 688, 544, 691, 689, 693, 692, 695, 696, 697, 698, 699, 694, 287, 336];
        Value s = Sets.New();
        var model = new HashSet<long>();
        long x = 12345;
        for (int i = 0; i < 3000; i++)
        {
            x = (x * 1103515245 + 12345) % (1L << 31);
            long op = x % 3, key = (x >> 8) % 700;
            if (op < 2) { Sets.Add(s, I(key)); model.Add(key); }
            else { Sets.Discard(s, I(key)); model.Remove(key); }
            if (i % 500 == 499)
                for (int j = 0; j < 3; j++) Assert.True(model.Remove(Sets.Pop(s).SmallInt));
            Assert.Equal(model.Count, Sets.Count(s));
        }
        Assert.Equal(expected, SetItems(s));
        foreach (long k in model) Assert.True(Sets.Contains(s, I(k)));
    });

    [Fact]
    public void HashesOfTuplesAndFrozensets() => Run(() =>
    {
        Value t123 = Tuples.New([I(1), I(2), I(3)]);
        Assert.Equal(529344067295497451L, Tuples.Hash(t123));
        Assert.Equal(5740354900026072187L, Tuples.Hash(Tuples.New([])));
        Assert.Equal(7267574591690527098L, Tuples.Hash(Tuples.New([I(1), Tuples.New([I(2), I(3)])])));
        Assert.Equal(-272375401224217160L, Sets.Hash(Sets.NewFrozen([I(1), I(2), I(3)])));
        Assert.Equal(133146708735736L, Sets.Hash(Sets.NewFrozen([])));
        Value pairs = Sets.NewFrozen([Tuples.New([I(1), I(2)]), Tuples.New([I(3), I(4)])]);
        Assert.Equal(4486445898448503724L, Sets.Hash(pairs));
    });

    [Fact]
    public void RandomDictAgainstModel() => Run(() =>
    {
        var rng = new Random(7);
        Value d = Dicts.New();
        var order = new List<long>();
        var model = new Dictionary<long, long>();
        for (int step = 0; step < 20000; step++)
        {
            long key = rng.Next(300), value = rng.Next();
            switch (rng.Next(4))
            {
                case 0 or 1:
                    if (!model.ContainsKey(key)) order.Add(key);
                    model[key] = value;
                    Dicts.Set(d, I(key), I(value));
                    break;
                case 2:
                    Assert.Equal(model.Remove(key), Dicts.Delete(d, I(key)));
                    order.Remove(key);
                    break;
                default:
                    Value got = Dicts.Get(d, I(key));
                    Assert.Equal(model.TryGetValue(key, out long v) ? v : -1, got.IsNull ? -1 : got.SmallInt);
                    break;
            }
            if (step % 1000 == 0 && Dicts.PopLast(d, out Value pk, out _))
            {
                Assert.Equal(order[^1], pk.SmallInt);
                model.Remove(order[^1]);
                order.RemoveAt(order.Count - 1);
            }
        }
        Assert.Equal(model.Count, Dicts.Count(d));
        var seen = new List<long>();
        int pos = 0;
        while (Dicts.Next(d, ref pos, out Value k, out Value val))
        {
            seen.Add(k.SmallInt);
            Assert.Equal(model[k.SmallInt], val.SmallInt);
        }
        Assert.Equal(order, seen);
    });

    [Fact]
    public void DictStrKeys() => Run(() =>
    {
        Value d = Dicts.New();
        for (int i = 0; i < 100; i++) Dicts.SetStr(d, "k" + i, I(i));
        Assert.Equal(42, Dicts.Get(d, Strs.New("k42")).SmallInt);
        Assert.Equal(7, Dicts.GetStr(d, "k7").SmallInt);
        Assert.True(Dicts.DeleteStr(d, "k7"));
        Assert.True(Dicts.GetStr(d, "k7").IsNull);
        Assert.Equal(99, Dicts.Count(d));
    });

    [Fact]
    public void SliceAdjustIndices() => Run(() =>
    {
        // slice(a, b, c).indices(10) in python3
        (long?, long?, long?, long, long, long)[] cases =
        [
            (null, null, -1, 9, -1, -1), (-3, null, null, 7, 10, 1), (2, 100, 3, 2, 10, 3),
            (100, -100, -2, 9, -1, -2), (-100, 5, null, 0, 5, 1),
        ];
        foreach (var (a, b, c, start, stop, step) in cases)
        {
            Value V(long? x) => x.HasValue ? I(x.Value) : Py.None;
            Value t = Slices.Indices(Slices.New(V(a), V(b), V(c)), I(10));
            Assert.Equal(new[] { start, stop, step }, Tuples.Items(t).ToArray().Select(v => v.SmallInt).ToArray());
        }
    });

    [Fact]
    public void ListSortIsStableWithKeyAndReverse() => Run(() =>
    {
        var rng = new Random(3);
        long[] xs = Enumerable.Range(0, 500).Select(_ => (long)rng.Next(50)).ToArray();
        Value list = Lists.FromSpan(xs.Select(I).ToArray());
        ListSort.Sort(list, Py.None, reverse: true);
        Assert.Equal(xs.OrderByDescending(v => v).ToArray(), Lists.Items(list).ToArray().Select(v => v.SmallInt).ToArray());
    });
}
