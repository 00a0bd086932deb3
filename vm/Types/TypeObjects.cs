// Heap Type objects: creating the heap side of a class (built-in or user), reading its
// fields, class attribute lookup along the MRO, class attribute assignment (which bumps
// the version at Off.TypeVersion of the class and its subclasses, so caches keyed by it
// stay valid) and the attribute-hook flags of PyType. Class statements: ClassCreation.cs;
// calling a class: TypeCall.cs.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class TypeObjects
{
    /// Allocates and links the heap Type object of `type` (old space, a global root).
    internal static void CreateHeapObject(PyType type, string qualName, string module, Value dict, PyType[] bases)
    {
        long obj = Collector.AllocateOld((uint)TypeId.Type, Off.TypeModule + 8);
        Mem.Store(obj, Off.TypeIndex, type.Index);
        Mem.Store(obj, Off.TypeVersion, 0);
        Mem.StoreValue(obj, Off.TypeName, Strs.NewOld(type.Name));
        Mem.StoreValue(obj, Off.TypeQualName, Strs.NewOld(qualName));
        Mem.StoreValue(obj, Off.TypeDict, dict);
        Mem.StoreValue(obj, Off.TypeModule, Strs.NewOld(module));
        type.Ref = Value.FromRef(obj);
        Heap.Instance.GlobalRoots.Add(type.Ref);
        SetBases(type, bases);
    }

    /// Stores the bases tuple and the MRO tuple (type.Mro must be set for the latter,
    /// or it is [type] + the bases' MROs for a single-base built-in).
    internal static void SetBases(PyType type, PyType[] bases)
    {
        type.Base = bases.Length > 0 ? bases[0] : null;
        if (type.Mro.Length == 0)
            type.Mro = bases.Length == 0 ? [type] : [type, .. bases[0].Mro];
        long obj = type.Ref.Ref;
        Mem.StoreValue(obj, Off.TypeBases, Tuples.NewOld(bases.Select(b => b.Ref).ToArray()));
        Mem.StoreValue(obj, Off.TypeMro, Tuples.NewOld(type.Mro.Select(b => b.Ref).ToArray()));
        foreach (var b in bases)
            lock (b.Subclasses) b.Subclasses.Add(type);
    }

    public static bool IsType(Value v) => Ops.Is(v, TypeId.Type);

    /// The class namespace: the dict is made with the class and never replaced (its contents
    /// change, behind the dict's own barriers).
    public static Value DictOf(PyType type) => Mem.LoadValueFinal(type.Ref.Ref, Off.TypeDict);

    public static string QualNameOf(PyType type)
    {
        Barrier.Read(type.Ref.Ref);
        return Strs.ToNet(Mem.LoadValue(type.Ref.Ref, Off.TypeQualName));
    }

    public static long VersionOf(PyType type)
    {
        Barrier.Read(type.Ref.Ref);
        return Mem.Load(type.Ref.Ref, Off.TypeVersion);
    }

    /// __module__: the class namespace's entry when it has one, else the module recorded at creation.
    public static Value ModuleOf(PyType type)
    {
        Value m = Dicts.GetStr(DictOf(type), "__module__");
        if (!m.IsNull) return m;
        Barrier.Read(type.Ref.Ref);
        return Mem.LoadValue(type.Ref.Ref, Off.TypeModule);
    }

    /// "<class 'int'>", "<class '__main__.A'>"
    public static string Repr(PyType type)
    {
        Value module = ModuleOf(type);
        string qual = QualNameOf(type);
        if (Strs.IsStr(module) && !Strs.EqualsNet(module, "builtins")) return $"<class '{Strs.ToNet(module)}.{qual}'>";
        return $"<class '{qual}'>";
    }

    /// Looks `name` up along type's MRO; Value.Null when absent. Cached (see AttributeCache).
    public static Value LookupInMro(PyType type, string name)
    {
        long version = VersionOf(type);
        if (AttributeCache.TryGet(type, name, version, out Value cached)) return cached;
        return LookupMiss(type, name, version);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Value LookupMiss(PyType type, string name, long version)
    {
        // A name made at run time (getattr(obj, name)) is a new string each time: the cache,
        // keyed by string instance, finds it under the interned instance (attribute names
        // are interned by Maps) when there is one.
        if (string.IsInterned(name) is { } interned && (object)interned != name)
        {
            if (AttributeCache.TryGet(type, interned, version, out Value cached)) return cached;
            name = interned;
        }
        Value v = LookupUncached(type, name);
        AttributeCache.Put(type, name, version, v);
        return v;
    }

    private static Value LookupUncached(PyType type, string name)
    {
        foreach (var t in type.Mro)
        {
            Value v = Dicts.GetStr(DictOf(t), name);
            if (!v.IsNull) return v;
        }
        return Value.Null;
    }

    /// Looks `name` up along `start`'s MRO, after class `after` (super()); Null when absent.
    public static Value LookupAfter(PyType start, PyType after, string name)
    {
        var mro = start.Mro;
        int i = Array.IndexOf(mro, after);
        for (i++; i < mro.Length; i++)
        {
            Value v = Dicts.GetStr(DictOf(mro[i]), name);
            if (!v.IsNull) return v;
        }
        return Value.Null;
    }

    /// Sets an attribute in a type's dict (built-in types at start-up, class attribute assignment).
    public static void SetTypeAttr(PyType type, string name, Value value)
    {
        Dicts.SetStr(DictOf(type), name, value);
        Changed(type, name);
    }

    /// Removes a class attribute; false when the class itself has no such attribute.
    public static bool DeleteTypeAttr(PyType type, string name)
    {
        if (!Dicts.DeleteStr(DictOf(type), name)) return false;
        Changed(type, name);
        return true;
    }

    private static void Changed(PyType type, string name)
    {
        BumpVersions(type);
        if (name is "__getattr__" or "__getattribute__" or "__setattr__" or "__delattr__") RecomputeHookFlags(type);
    }

    /// Versions are unique across all types and never reused (not even after an aborted
    /// transaction), so a cache entry keyed by one can only match the dict state it saw.
    private static long _lastVersion;

    private static void BumpVersions(PyType type)
    {
        long obj = type.Ref.Ref;
        Barrier.Write(obj);
        Mem.Store(obj, Off.TypeVersion, Interlocked.Increment(ref _lastVersion));
        foreach (var sub in SubclassesOf(type)) BumpVersions(sub);
    }

    internal static PyType[] SubclassesOf(PyType type)
    {
        lock (type.Subclasses) return type.Subclasses.ToArray();
    }

    /// Flags for user-defined __getattr__/__getattribute__/__setattr__/__delattr__ along the MRO
    /// (the built-in object versions do not count), for a user class and its subclasses.
    /// Built-in classes keep the flags they were created with.
    internal static void RecomputeHookFlags(PyType type)
    {
        if (!type.IsBuiltin)
        {
            var flags = type.Flags & ~(TypeFlags.HasGetattr | TypeFlags.HasGetattribute | TypeFlags.HasSetattr | TypeFlags.HasDelattr);
            if (IsUserDefined(type, "__getattr__")) flags |= TypeFlags.HasGetattr;
            if (IsUserDefined(type, "__getattribute__")) flags |= TypeFlags.HasGetattribute;
            if (IsUserDefined(type, "__setattr__")) flags |= TypeFlags.HasSetattr;
            if (IsUserDefined(type, "__delattr__")) flags |= TypeFlags.HasDelattr;
            type.Flags = flags;
        }
        foreach (var sub in SubclassesOf(type)) RecomputeHookFlags(sub);
    }

    private static bool IsUserDefined(PyType type, string name)
    {
        Value v = LookupInMro(type, name);
        return !v.IsNull && !Ops.Is(v, TypeId.BuiltinFunction);
    }
}
