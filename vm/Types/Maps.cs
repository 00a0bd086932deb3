// Maps (hidden classes, as PyPy's mapdict): the shape of an object's attribute storage.
// A map is a VM-internal .NET object that says which attribute name lives in which slot;
// an object stores only its map's id (raw, at Off.MapId) and the slot values (see
// Instances.cs). Adding an attribute moves an object to a child map through a
// transition; objects that gained the same attributes in the same order share a map, so
// the JIT can turn `obj.x` into a map-id guard plus a load at a fixed slot.
//
// Maps are global (not per class: the class is in the object's class word), created
// idempotently under a lock and never freed, so any thread may read them without locks.
// Map id 0 is the empty map: a freshly zeroed object has no attributes. Names starting
// with Hidden (\u0001) are VM-internal: __slots__ values, and DictName, whose slot holds
// the object's attribute dict once its __dict__ was asked for (see Instances.cs).
namespace Stmvm.Vm;

public sealed class Map
{
    private static Map[] _byId = new Map[256];
    private static int _count;
    private static readonly object _lock = new();

    public static readonly Map Empty = NewMap([]);

    public const char Hidden = '\u0001';
    public const string DictName = "\u0001__dict__";

    public readonly int Id;
    /// Attribute names in slot order (slot i holds Names[i]).
    public readonly string[] Names;
    private Dictionary<string, int>? _index;
    private Dictionary<string, Map>? _transitions;
    /// The slot holding the attribute dict, or -1.
    public readonly int DictIndex;

    private Map(int id, string[] names)
    {
        Id = id;
        Names = names;
        if (names.Length > 8)
        {
            _index = new Dictionary<string, int>(names.Length);
            for (int i = 0; i < names.Length; i++) _index[names[i]] = i;
        }
        DictIndex = Array.IndexOf(names, DictName);
    }

    public static bool IsHidden(string name) => name.Length > 0 && name[0] == Hidden;

    public int Count => Names.Length;

    public static Map ById(long id) => Volatile.Read(ref _byId)[id];

    /// The slot of `name`, or -1.
    public int IndexOf(string name)
    {
        if (_index != null) return _index.TryGetValue(name, out int i) ? i : -1;
        var names = Names;
        for (int i = 0; i < names.Length; i++)
            if ((object)names[i] == name || names[i] == name) return i;
        return -1;
    }

    /// The map with the same attributes plus `name` in the next slot.
    public Map With(string name)
    {
        lock (_lock)
        {
            _transitions ??= new Dictionary<string, Map>();
            if (_transitions.TryGetValue(name, out var next)) return next;
            var names = new string[Names.Length + 1];
            Names.CopyTo(names, 0);
            names[^1] = string.Intern(name);
            next = NewMap(names);
            _transitions[name] = next;
            return next;
        }
    }

    private static Map NewMap(string[] names)
    {
        lock (_lock)
        {
            var map = new Map(_count, names);
            if (_count == _byId.Length)
            {
                var bigger = new Map[_byId.Length * 2];
                _byId.CopyTo(bigger, 0);
                Volatile.Write(ref _byId, bigger);
            }
            _byId[_count++] = map;
            return map;
        }
    }
}
