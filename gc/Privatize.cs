// Page privatisation (c7's pages.c): the STM gives a segment its own copy of an old-space
// page before the segment's transaction writes an object on it, so that the write stays
// invisible to the other views until the commit copies the object out.
//
// Segment i's private copy of the page at view offset `off` lives in the memfd at file
// offset i*ViewSize + off (Heap sizes the memfd for N+1 views). Privatising copies view 0's
// page (the committed state) into that file page with pwrite, then maps the file page over
// the view's page (MAP_FIXED): the view never shows a half-copied page. Pages stay private
// across transactions (remapping costs a syscall per page) until Reshare maps them back to
// the shared file page, which is only correct when the private copy holds nothing the
// committed state lacks: the STM calls it with no transaction running, after a major
// collection. Only the segment's own thread privatises (while its transaction runs, so no
// commit writes view 0 meanwhile); Reshare runs with every segment idle.
namespace Stmvm.Gc;

public sealed unsafe partial class Heap
{
    /// Old-space page index of a view offset.
    public int OldPageOf(long offset) => (int)((offset - OldStart) / PageSize);

    /// True if old-space page `page` is private in segment `s`'s view.
    public static bool IsPrivate(Segment s, int page) => s.PrivatePage is { } p && p[page] != 0;

    /// Makes every page of [offset, offset+size) private in `s`'s view (no-op for pages already private).
    public void Privatize(Segment s, long offset, long size)
    {
        int last = OldPageOf(offset + size - 1);
        for (int page = OldPageOf(offset); page <= last; page++)
            if (!IsPrivate(s, page)) PrivatizePage(s, page);
    }

    private void PrivatizePage(Segment s, int page)
    {
        s.PrivatePage ??= new byte[OldPageCount];
        long off = OldStart + (long)page * PageSize;
        long fileOff = s.Index * Options.ViewSize + off;
        Native.Check(Native.pwrite(_fd, ViewBase(0) + off, PageSize, fileOff) == PageSize, "copying a page to privatise it");
        nint m = Native.mmap((nint)(s.Base + off), PageSize, Native.PROT_READ | Native.PROT_WRITE,
            Native.MAP_SHARED | Native.MAP_FIXED, _fd, fileOff);
        Native.Check(m != Native.MapFailed, "mapping a private page");
        s.PrivatePage[page] = 1;
        s.PrivatePages.Add(page);
        Interlocked.Increment(ref Stats.PrivatePages);
    }

    /// Maps every private page of `s` back to the shared file page and gives the copy's
    /// memory back. Only when the copies hold nothing view 0 lacks (see the header).
    public void Reshare(Segment s)
    {
        foreach (int page in s.PrivatePages)
        {
            long off = OldStart + (long)page * PageSize;
            nint m = Native.mmap((nint)(s.Base + off), PageSize, Native.PROT_READ | Native.PROT_WRITE,
                Native.MAP_SHARED | Native.MAP_FIXED, _fd, off);
            Native.Check(m != Native.MapFailed, "re-sharing a private page");
            Native.fallocate(_fd, Native.FALLOC_FL_PUNCH_HOLE | Native.FALLOC_FL_KEEP_SIZE, s.Index * Options.ViewSize + off, PageSize);
            s.PrivatePage![page] = 0;
        }
        Interlocked.Add(ref Stats.PrivatePages, -s.PrivatePages.Count);
        s.PrivatePages.Clear();
    }
}
