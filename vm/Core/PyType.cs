// The VM-side record of a class. Every guest class (built-in or user-defined) has a heap
// Type object (guest-visible: name, dict, bases, mro) and one PyType (VM-internal: the
// layout its instances use, its MRO as PyTypes, fast-path flags). The heap object stores
// the PyType's index at Off.TypeIndex. PyTypes are created at class creation and never
// freed; they only point to old heap objects (the heap Type object is allocated old).
using Stmvm.Gc;

namespace Stmvm.Vm;

[Flags]
public enum TypeFlags
{
    None = 0,
    Builtin = 1,
    /// Instances of this class can be created with class(...) (not e.g. function, NoneType).
    Instantiable = 2,
    /// May be used as a base class.
    BaseType = 4,
    /// Is BaseException or derives from it.
    Exception = 8,
    /// Defines (or inherits from a user class) __getattr__ / __getattribute__ / __setattr__ / __delattr__.
    HasGetattr = 16, HasGetattribute = 32, HasSetattr = 64, HasDelattr = 128,
    /// Instances have no __dict__ (class defines __slots__ without __dict__).
    NoDict = 256,
}

public sealed class PyType
{
    private static readonly List<PyType> _all = new();

    public readonly int Index;
    public string Name;
    public TypeFlags Flags;
    /// The heap Type object (old space, a global root).
    public Value Ref;
    /// Layout of instances; user classes inherit their built-in base's.
    public TypeId InstanceLayout;
    /// Method resolution order, this type first.
    public PyType[] Mro = [];
    public PyType? Base;
    /// For built-in types: what calling the exact type does (e.g. int("12"), list(x)).
    /// User subclasses go through __new__/__init__ instead.
    public NativeFn? Constructor;
    /// Direct subclasses (user classes register with their bases), for __subclasses__()
    /// and for propagating attribute changes (versions, flags) down the hierarchy.
    public readonly List<PyType> Subclasses = new();

    private PyType(string name, TypeFlags flags, TypeId layout)
    {
        Name = name;
        Flags = flags;
        InstanceLayout = layout;
        lock (_all)
        {
            Index = _all.Count;
            _all.Add(this);
        }
    }

    /// Creates the VM record; the caller creates and links the heap Type object (Types/TypeObject.cs).
    public static PyType Create(string name, TypeFlags flags, TypeId layout) => new(name, flags, layout);

    public static PyType ByIndex(int index) => _all[index];

    /// The PyType of a heap Type object.
    public static PyType FromRef(Value typeObj) => _all[(int)Mem.LoadFinal(typeObj.Ref, Off.TypeIndex)];

    public bool IsBuiltin => (Flags & TypeFlags.Builtin) != 0;
    public bool IsException => (Flags & TypeFlags.Exception) != 0;

    public bool IsSubtypeOf(PyType other)
    {
        if (this == other) return true;
        foreach (var t in Mro) if (t == other) return true;
        return false;
    }

    public override string ToString() => Name;
}
