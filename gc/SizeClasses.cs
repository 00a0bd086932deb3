// Size classes for small old objects.
//
// Every old object of at most LargeObjectThreshold bytes lives in a "run": one or a
// few consecutive pages that hold objects of a single size only (as c7's uniform small
// pages). Sizes up to 512 bytes have one class per 8 bytes, so the common small objects
// waste nothing; above that, classes grow by about 1/8, so no object wastes more than
// about 12% of its slot. Each class gets a run length (in pages) chosen so that the tail
// of the run that cannot hold a whole slot is at most 1/16 of the run and a run holds
// at least 8 objects. Objects bigger than the last class are large objects (LargeObjects).
namespace Stmvm.Gc;

internal static class SizeClasses
{
    /// Largest size served by a size class; bigger objects go to the large-object area.
    public const int MaxSmall = (int)Collector.LargeObjectThreshold;

    /// Slot size of each class, increasing.
    public static readonly int[] Size;
    /// Pages in one run of each class.
    public static readonly int[] RunPages;
    /// Slots in one run of each class.
    public static readonly int[] SlotsPerRun;
    /// Class index for a size, indexed by (size + 7) / 8.
    private static readonly byte[] _classOfWords;

    public static int Count => Size.Length;

    static SizeClasses()
    {
        var sizes = new List<int>();
        for (int s = 16; s <= 512; s += 8) sizes.Add(s);
        int x = 512;
        while (x < MaxSmall)
        {
            x = Math.Min(MaxSmall, (x + x / 8 + 15) & ~15);
            sizes.Add(x);
        }
        Size = sizes.ToArray();
        if (Size.Length > 255) throw new InvalidOperationException("too many size classes");

        RunPages = new int[Size.Length];
        SlotsPerRun = new int[Size.Length];
        for (int c = 0; c < Size.Length; c++)
        {
            int s = Size[c];
            int p = 1;
            while (p < 64)
            {
                long bytes = (long)p * Heap.PageSize;
                if (bytes / s >= 8 && (bytes % s) * 16 <= bytes) break;
                p++;
            }
            RunPages[c] = p;
            SlotsPerRun[c] = (int)((long)p * Heap.PageSize / s);
        }

        _classOfWords = new byte[MaxSmall / 8 + 1];
        int cls = 0;
        for (int w = 0; w <= MaxSmall / 8; w++)
        {
            while (Size[cls] < w * 8) cls++;
            _classOfWords[w] = (byte)cls;
        }
    }

    /// The class for an object of `size` bytes (16 <= size <= MaxSmall).
    public static int ClassOf(long size) => _classOfWords[(size + 7) >> 3];
}
