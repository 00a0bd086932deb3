// bytearray (basic): a mutable byte string. Layout (Off.ByteArrayCount raw count,
// Off.ByteArrayStorage a ByteBuffer whose length is the capacity), grown by doubling.
// Reads go through Barrier.Read, writes through Barrier.Write.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class ByteArrays
{
    public static Value New(ReadOnlySpan<byte> data)
    {
        long obj = Collector.Allocate((uint)TypeId.ByteArray, 24);
        long storage = Collector.AllocateArray((uint)TypeId.ByteBuffer, Math.Max(data.Length, 8));
        data.CopyTo(Mem.Bytes(storage, Off.ArrayData, data.Length));
        Mem.Store(obj, Off.ByteArrayCount, data.Length);
        Mem.StoreValue(obj, Off.ByteArrayStorage, Value.FromRef(storage));
        return Value.FromRef(obj);
    }

    public static bool IsByteArray(Value v) => Ops.Is(v, TypeId.ByteArray);

    public static int Count(Value ba)
    {
        Barrier.Read(ba.Ref);
        return (int)Mem.Load(ba.Ref, Off.ByteArrayCount);
    }

    /// The live bytes (valid until the next safe point or mutation).
    public static Span<byte> Data(Value ba)
    {
        Barrier.Read(ba.Ref);
        long storage = Mem.LoadValue(ba.Ref, Off.ByteArrayStorage).Ref;
        int count = (int)Mem.Load(ba.Ref, Off.ByteArrayCount);
        Barrier.Read(storage);
        return Mem.Bytes(storage, Off.ArrayData, count);
    }

    /// Data for writing in place (the write barrier taken on the storage).
    public static Span<byte> DataForWrite(Value ba)
    {
        Barrier.Read(ba.Ref);
        long storage = Mem.LoadValue(ba.Ref, Off.ByteArrayStorage).Ref;
        Barrier.Write(storage);
        return Mem.Bytes(storage, Off.ArrayData, (int)Mem.Load(ba.Ref, Off.ByteArrayCount));
    }

    /// Replaces the whole content.
    public static void SetData(Value ba, ReadOnlySpan<byte> data)
    {
        Resize(ba, data.Length);
        data.CopyTo(DataForWrite(ba));
    }

    public static void Append(Value ba, byte b)
    {
        int n = Count(ba);
        Resize(ba, n + 1);
        DataForWrite(ba)[n] = b;
    }

    public static void Extend(Value ba, ReadOnlySpan<byte> data)
    {
        int n = Count(ba);
        byte[] copy = data.ToArray();
        Resize(ba, n + copy.Length);
        copy.CopyTo(DataForWrite(ba)[n..]);
    }

    /// Sets the count, growing the storage (new bytes are zero).
    public static void Resize(Value ba, int newCount)
    {
        Barrier.Read(ba.Ref);
        long storage = Mem.LoadValue(ba.Ref, Off.ByteArrayStorage).Ref;
        int count = (int)Mem.Load(ba.Ref, Off.ByteArrayCount);
        long capacity = Mem.LoadFinal(storage, Off.Length);
        Barrier.Read(storage);
        Barrier.Write(ba.Ref);
        if (newCount > capacity)
        {
            long grown = Collector.AllocateArray((uint)TypeId.ByteBuffer, Math.Max(newCount, capacity * 2));
            Mem.Bytes(storage, Off.ArrayData, count).CopyTo(Mem.Bytes(grown, Off.ArrayData, count));
            Mem.StoreValue(ba.Ref, Off.ByteArrayStorage, Value.FromRef(grown));
        }
        else if (newCount > count)
        {
            Barrier.Write(storage);
            Mem.Bytes(storage, Off.ArrayData + count, newCount - count).Clear();
        }
        Mem.Store(ba.Ref, Off.ByteArrayCount, newCount);
    }

    public static string Repr(Value ba) => "bytearray(" + BytesObjects.Repr(Data(ba)) + ")";
}
