// Attribute storage of objects with the standard prefix (instances of user classes and
// of subclasses of list/dict/set/exception, functions, exceptions): the map at
// Off.MapId says which slot holds which name (Maps.cs); slot i is inline for the
// Instance layout (the first Off.InstanceInlineSlots) and otherwise in the overflow
// ValueArray at Off.AttrOverflow. Once an object's __dict__ has been asked for, its
// ordinary attributes move into that dict (a live view, as CPython's), whose slot is
// named Map.DictName; hidden names (__slots__ values) stay in slots.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class Instances
{
    public static bool HasStorage(Value obj) => !obj.IsSmallInt && ObjectLayouts.HasClassWord[Mem.TypeId(obj.Ref)];

    public static Map MapOf(Value obj)
    {
        Barrier.Read(obj.Ref);
        return Map.ById(Mem.Load(obj.Ref, Off.MapId));
    }

    private static int InlineSlots(long obj) => Mem.TypeId(obj) == (uint)TypeId.Instance ? Off.InstanceInlineSlots : 0;

    /// The attribute `name` stored on obj, or Value.Null.
    public static Value Get(Value obj, string name)
    {
        var map = MapOf(obj);
        int i = map.IndexOf(name);
        if (i >= 0) return LoadSlot(obj.Ref, i);
        return map.DictIndex < 0 ? Value.Null : Dicts.GetStr(LoadSlot(obj.Ref, map.DictIndex), name);
    }

    public static void Set(Value obj, string name, Value value)
    {
        var map = MapOf(obj);
        int i = map.IndexOf(name);
        if (i < 0 && map.DictIndex >= 0 && !Map.IsHidden(name))
        {
            Dicts.SetStr(LoadSlot(obj.Ref, map.DictIndex), name, value);
            return;
        }
        if (i < 0) i = AddSlot(obj.Ref, map, name);
        StoreSlot(obj.Ref, i, value);
    }

    /// Moves obj to map + name; the new slot's index.
    private static int AddSlot(long obj, Map map, string name)
    {
        map = map.With(name);
        int i = map.Count - 1;
        MoveToMap(obj, map.Id, i);
        return i;
    }

    /// Moves obj to the map with id `mapId`, which adds slot i to its current one (room made).
    private static void MoveToMap(long obj, long mapId, int i)
    {
        EnsureCapacity(obj, i);
        Barrier.Write(obj);
        Mem.Store(obj, Off.MapId, mapId);
    }

    /// An attribute store site's cached transition: obj moves to map `mapId` (its current
    /// map plus slot i) and slot i gets value.
    internal static void AddSlotValue(long obj, long mapId, int i, Value value)
    {
        MoveToMap(obj, mapId, i);
        StoreSlot(obj, i, value);
    }

    /// Removes `name`; false when absent.
    public static bool Delete(Value obj, string name)
    {
        var map = MapOf(obj);
        int gone = map.IndexOf(name);
        if (gone < 0)
            return map.DictIndex >= 0 && !Map.IsHidden(name) && Dicts.DeleteStr(LoadSlot(obj.Ref, map.DictIndex), name);
        Relayout(obj.Ref, map, n => n != name);
        return true;
    }

    /// The object's attribute dict, live: its ordinary attributes move into it on the first request.
    public static Value GetDict(Value obj)
    {
        var map = MapOf(obj);
        if (map.DictIndex >= 0) return LoadSlot(obj.Ref, map.DictIndex);
        Value dict = Dicts.New();
        for (int i = 0; i < map.Count; i++)
            if (!Map.IsHidden(map.Names[i])) Dicts.SetStr(dict, map.Names[i], LoadSlot(obj.Ref, i));
        Relayout(obj.Ref, map, Map.IsHidden);
        StoreSlot(obj.Ref, AddSlot(obj.Ref, MapOf(obj), Map.DictName), dict);
        return dict;
    }

    /// obj.__dict__ = dict: the object's ordinary attributes become that dict.
    public static void SetDict(Value obj, Value dict)
    {
        GetDict(obj);
        StoreSlot(obj.Ref, MapOf(obj).DictIndex, dict);
    }

    /// Rebuilds obj's map and slots from the empty map, keeping the names `keep` accepts (in order).
    private static void Relayout(long obj, Map map, Func<string, bool> keep)
    {
        var names = new List<string>();
        var values = new List<Value>();
        for (int i = 0; i < map.Count; i++)
        {
            if (!keep(map.Names[i])) continue;
            names.Add(map.Names[i]);
            values.Add(LoadSlot(obj, i));
        }
        var target = Map.Empty;
        foreach (var n in names) target = target.With(n);
        for (int i = 0; i < map.Count; i++) StoreSlot(obj, i, i < values.Count ? values[i] : Value.Null);
        Barrier.Write(obj);
        Mem.Store(obj, Off.MapId, target.Id);
    }

    /// Ordinary attribute names in insertion order (str keys only, for dir()).
    public static List<string> Names(Value obj)
    {
        var map = MapOf(obj);
        var names = map.Names.Where(n => !Map.IsHidden(n)).ToList();
        if (map.DictIndex < 0) return names;
        Value dict = LoadSlot(obj.Ref, map.DictIndex);
        int pos = 0;
        while (Dicts.Next(dict, ref pos, out var k, out _))
            if (Strs.IsStr(k)) names.Add(Strs.ToNet(k));
        return names;
    }

    private static Value LoadSlot(long obj, int i)
    {
        int inline = InlineSlots(obj);
        if (i < inline) return Mem.LoadValue(obj, Off.InstanceSlots + 8 * i);
        long overflow = Mem.Load(obj, Off.AttrOverflow);
        Barrier.Read(overflow);
        return Mem.LoadValue(overflow, Off.ArrayData + 8 * (i - inline));
    }

    private static void StoreSlot(long obj, int i, Value v)
    {
        int inline = InlineSlots(obj);
        if (i < inline)
        {
            Barrier.Write(obj);
            Mem.StoreValue(obj, Off.InstanceSlots + 8 * i, v);
            return;
        }
        long overflow = Mem.Load(obj, Off.AttrOverflow);
        Barrier.Write(overflow);
        Mem.StoreValue(overflow, Off.ArrayData + 8 * (i - inline), v);
    }

    /// Makes room for slot i (grows the overflow array when needed).
    private static void EnsureCapacity(long obj, int i)
    {
        int inline = InlineSlots(obj);
        if (i < inline) return;
        Barrier.Read(obj);
        long overflow = Mem.Load(obj, Off.AttrOverflow);
        if (overflow != 0) Barrier.Read(overflow);
        long capacity = overflow == 0 ? 0 : Mem.LoadFinal(overflow, Off.Length);
        if (i - inline < capacity) return;
        long bigger = Collector.AllocateArray((uint)TypeId.ValueArray, Math.Max(4, capacity * 2));
        if (overflow != 0)
            Mem.Values(overflow, Off.ArrayData, (int)capacity).CopyTo(Mem.Values(bigger, Off.ArrayData, (int)capacity));
        Barrier.Write(obj);
        Mem.StoreValue(obj, Off.AttrOverflow, Value.FromRef(bigger));
    }
}
