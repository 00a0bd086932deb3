// When and what to collect, and the pause statistics (c7's gcpage.c major_collection_if_requested
// and nursery.c's collect entry, in one place).
//
// Collect(segment) always runs a minor collection of that segment's nursery. A major
// collection follows when asked for (forceMajor), when old space has grown past
// MajorGrowthFactor times what survived the last major (and past MinMajorThreshold),
// when old space nears the heap limit, or, under GC stress, every StressMajorInterval-th
// collection. Before marking, every other segment's nursery is emptied too.
//
// Today the caller guarantees that no other thread runs guest code during a collection
// (nostm: the GIL; stm: one thread at a time until stm/ adds its stop-the-world at
// commit). A lock keeps two collections from overlapping all the same.
//
// Under GC stress (HeapOptions.Stress) CollectionRequested stays set, so every safe point
// collects: a minor collection with a nearly empty nursery costs a root scan and zeroing
// the few bytes allocated since the last safe point.
using System.Diagnostics;

namespace Stmvm.Gc;

public sealed unsafe partial class Heap
{
    private readonly object _collectLock = new();
    private long _stressCollections;

    internal void Collect(Segment s, bool forceMajor)
    {
        lock (_collectLock)
        {
            long t0 = Stopwatch.GetTimestamp();
            _inCollection = true;
            try
            {
                MinorCollect(s);
                long t1 = Stopwatch.GetTimestamp();
                Stats.MinorPauseTicks += t1 - t0;
                bool due = MajorDue(s);
                if (forceMajor || due)
                {
                    for (int i = 1; i < _segments.Length; i++)
                        if (_segments[i] != s) MinorCollect(_segments[i]);
                    MajorCollect();
                    Stats.MajorCollections++;
                    Stats.MajorPauseTicks += Stopwatch.GetTimestamp() - t1;
                }
            }
            finally
            {
                _inCollection = false;
            }
            EndCollection(s, t0);
            if (Options.VerifyHeap) HeapVerifier.Verify(this);
        }
    }

    /// The STM's collection: a minor collection of `s` only (other segments may be running
    /// transactions); returns whether a major collection is due, which the STM runs later
    /// through Collect(forceMajor: true) once no transaction runs.
    public bool CollectMinor(Segment s)
    {
        lock (_collectLock)
        {
            long t0 = Stopwatch.GetTimestamp();
            bool due;
            _inCollection = true;
            try
            {
                MinorCollect(s);
                Stats.MinorPauseTicks += Stopwatch.GetTimestamp() - t0;
                due = MajorDue(s);
            }
            finally
            {
                _inCollection = false;
            }
            EndCollection(s, t0);
            return due;
        }
    }

    /// Under _collectLock, after a minor collection of `s`: is a major one due?
    private bool MajorDue(Segment s)
    {
        // Only this segment's counter: other segments' threads may be allocating right now.
        lock (_oldLock) FlushAccounting(s);
        bool major = _majorRequested || AccountedBytes > _nextMajorAt;
        if (Options.Stress && ++_stressCollections % Math.Max(1, Options.StressMajorInterval) == 0) major = true;
        return major;
    }

    private void EndCollection(Segment s, long t0)
    {
        long pause = Stopwatch.GetTimestamp() - t0;
        if (pause > Stats.MaxPauseTicks) Stats.MaxPauseTicks = pause;
        s.CollectionRequested = Options.Stress;
        s.GcWanted = false;
    }

    private void MinorCollect(Segment s)
    {
        s.Minor ??= new MinorCollection(this, s);
        Stats.BytesPromoted += s.Minor.Run();
        Stats.MinorCollections++;
    }

    /// Checks the heap's invariants (HeapVerifier) and throws HeapCorruptionException on the first errors.
    public void Verify(bool allowYoung = false) => HeapVerifier.Verify(this, allowYoung);
}
