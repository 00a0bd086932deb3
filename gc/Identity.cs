// Object identity (id() and the default hash) must not change when the collector moves
// an object out of the nursery. Old objects never move, so their offset is their id.
// A young object asked for its id gets its old-space location reserved now (a "shadow",
// as in PyPy's GC): the next minor collection copies it there, so the id stays valid.
namespace Stmvm.Gc;

public static class Identity
{
    /// A stable identity for obj: its offset once it is old.
    public static long Of(long obj)
        => Collector.CurrentSegment.Heap.StableIdentity(Collector.CurrentSegment, obj);
}
