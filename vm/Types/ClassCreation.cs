// The class statement and three-argument type(): checks the bases, computes the C3 MRO
// and the instance layout (inherited from the most derived built-in base), copies the
// namespace into the class dict (wrapping __new__ as a staticmethod and __init_subclass__
// as a classmethod, __hash__ = None when only __eq__ is defined), applies __slots__,
// fills the __class__ cell, then calls __set_name__ on the attributes and the parent's
// __init_subclass__ with the class keywords, as CPython's type.__new__ does.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class TypeObjects
{
    /// Classes CPython lets one subclass but whose layouts here have no class word.
    private static readonly HashSet<string> UnsupportedBases =
        ["bytearray", "property", "staticmethod", "classmethod", "super", "type"];

    /// class statement: type(name, bases, namespace) with C3 MRO.
    public static Value CreateClass(string name, Value bases, Value namespaceDict)
        => CreateClass(name, bases, namespaceDict, default, null);

    /// class statement with class keywords (passed to the parent's __init_subclass__).
    public static Value CreateClass(string name, Value bases, Value namespaceDict,
        ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        // A class joins VM-global tables (PyType's, its bases' subclass lists), which an abort
        // would not undo: the STM build makes the transaction inevitable first.
        Scheduler.BeforeIrreversible();
        var baseTypes = BaseTypesOf(bases);
        var type = PyType.Create(name, ClassFlags(baseTypes), InstanceLayoutFor(baseTypes));
        type.Mro = [type, .. Linearize(baseTypes)];
        Value dict = Dicts.NewOld();
        CopyNamespace(namespaceDict, dict);
        string qualName = TakeString(dict, "__qualname__") ?? name;
        Value module = Dicts.GetStr(dict, "__module__");
        if (module.IsNull) Dicts.SetStr(dict, "__module__", module = Strs.New("__main__"));
        if (Dicts.GetStr(dict, "__doc__").IsNull) Dicts.SetStr(dict, "__doc__", Py.None);
        WrapImplicitDescriptors(dict);
        ApplySlots(type, dict, baseTypes);
        Value classCell = Dicts.GetStr(dict, "__classcell__");
        if (!classCell.IsNull) Dicts.DeleteStr(dict, "__classcell__");
        CreateHeapObject(type, qualName, Strs.IsStr(module) ? Strs.ToNet(module) : "__main__", dict, baseTypes);
        RecomputeHookFlags(type);
        if (!classCell.IsNull && Ops.Is(classCell, TypeId.Cell)) Cells.Set(classCell, type.Ref);
        CallSetName(type);
        CallInitSubclass(type, kwValues, kwNames);
        return type.Ref;
    }

    private static PyType[] BaseTypesOf(Value bases)
    {
        if (!Ops.Is(bases, TypeId.Tuple))
            throw Errors.TypeError($"type.__new__() argument 2 must be tuple, not {Ops.TypeName(bases)}");
        var items = Tuples.Items(bases);
        if (items.Length == 0) return [BuiltinTypes.Object];
        var result = new PyType[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (!IsType(items[i]))
                throw Errors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            result[i] = PyType.FromRef(items[i]);
            CheckBase(result[i]);
            for (int j = 0; j < i; j++)
                if (result[j] == result[i]) throw Errors.TypeError($"duplicate base class {result[i].Name}");
        }
        return result;
    }

    private static void CheckBase(PyType b)
    {
        if ((b.Flags & TypeFlags.BaseType) != 0) return;
        if (UnsupportedBases.Contains(b.Name) && b.IsBuiltin)
            throw Errors.NotImplementedError($"subclassing '{b.Name}' is not supported yet");
        throw Errors.TypeError($"type '{b.Name}' is not an acceptable base type");
    }

    private static TypeFlags ClassFlags(PyType[] bases)
    {
        var flags = TypeFlags.Instantiable | TypeFlags.BaseType;
        foreach (var b in bases) if (b.IsException) flags |= TypeFlags.Exception;
        return flags;
    }

    /// The layout of the most derived built-in base; two different non-Instance layouts conflict.
    private static TypeId InstanceLayoutFor(PyType[] bases)
    {
        var layout = TypeId.Instance;
        foreach (var b in bases)
        {
            if (b.InstanceLayout == TypeId.Instance || b.InstanceLayout == layout) continue;
            if (layout != TypeId.Instance) throw Errors.TypeError("multiple bases have instance lay-out conflict");
            layout = b.InstanceLayout;
        }
        return layout;
    }

    /// C3 linearization of the bases (the class itself not included).
    private static List<PyType> Linearize(PyType[] bases)
    {
        var seqs = bases.Select(b => new List<PyType>(b.Mro)).Append(new List<PyType>(bases)).ToList();
        var result = new List<PyType>();
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result;
            PyType? next = seqs.Select(s => s[0]).FirstOrDefault(h => !seqs.Any(s => s.IndexOf(h) > 0));
            if (next == null)
            {
                var heads = seqs.Select(s => s[0].Name).Distinct();
                throw Errors.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {string.Join(", ", heads)}");
            }
            result.Add(next);
            foreach (var s in seqs) if (s[0] == next) s.RemoveAt(0);
        }
    }

    private static void CopyNamespace(Value from, Value to)
    {
        int pos = 0;
        while (Dicts.Next(from, ref pos, out var key, out var value)) Dicts.Set(to, key, value);
    }

    private static string? TakeString(Value dict, string key)
    {
        Value v = Dicts.GetStr(dict, key);
        if (v.IsNull) return null;
        if (!Strs.IsStr(v))
            throw Errors.TypeError($"type __qualname__ must be a str, not {Ops.TypeName(v)}");
        Dicts.DeleteStr(dict, key);
        return Strs.ToNet(v);
    }

    private static bool IsFunction(Value v) => !v.IsNull && Ops.Is(v, TypeId.Function);

    private static void WrapImplicitDescriptors(Value dict)
    {
        Value v = Dicts.GetStr(dict, "__new__");
        if (IsFunction(v)) Dicts.SetStr(dict, "__new__", Descriptors.NewStaticMethod(v));
        foreach (var name in new[] { "__init_subclass__", "__class_getitem__" })
        {
            v = Dicts.GetStr(dict, name);
            if (IsFunction(v)) Dicts.SetStr(dict, name, Descriptors.NewClassMethod(v));
        }
        if (!Dicts.GetStr(dict, "__eq__").IsNull && Dicts.GetStr(dict, "__hash__").IsNull)
            Dicts.SetStr(dict, "__hash__", Py.None);
    }

    /// __slots__: each name becomes a data descriptor in the class dict (its value is kept
    /// under a hidden name in the instance's map); without '__dict__' in the slots and with
    /// no base providing one, instances have no __dict__.
    private static void ApplySlots(PyType type, Value dict, PyType[] bases)
    {
        Value slots = Dicts.GetStr(dict, "__slots__");
        if (slots.IsNull) return;
        var names = SlotNamesOf(slots);
        bool wantsDict = names.Remove("__dict__");
        names.Remove("__weakref__");
        if (names.Count > 0 && !ObjectLayouts.HasClassWord[(int)type.InstanceLayout])
            throw Errors.TypeError($"nonempty __slots__ not supported for subtype of '{type.Mro.First(b => b.IsBuiltin).Name}'");
        foreach (var name in names)
        {
            string attr = Mangle(type.Name, name);
            if (!Dicts.GetStr(dict, attr).IsNull)
                throw Errors.ValueError($"'{name}' in __slots__ conflicts with class variable");
            Dicts.SetStr(dict, attr, Descriptors.NewSlotMember(type, attr));
        }
        if (!wantsDict && !bases.Any(b => b.IsException || (!b.IsBuiltin && (b.Flags & TypeFlags.NoDict) == 0)))
            type.Flags |= TypeFlags.NoDict;
    }

    private static List<string> SlotNamesOf(Value slots)
    {
        if (Strs.IsStr(slots)) return [Strs.ToNet(slots)];
        var names = new List<string>();
        using var scope = new RootScope();
        int h = scope.Add(Ops.GetIter(slots));
        for (Value item = Ops.Next(scope[h]); !item.IsNull; item = Ops.Next(scope[h]))
        {
            if (!Strs.IsStr(item)) throw Errors.TypeError($"__slots__ items must be strings, not '{Ops.TypeName(item)}'");
            names.Add(Strs.ToNet(item));
        }
        return names;
    }

    /// Private name mangling: __x in class A is _A__x.
    private static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__") || name.EndsWith("__")) return name;
        string owner = className.TrimStart('_');
        return owner.Length == 0 ? name : $"_{owner}{name}";
    }

    private static void CallSetName(PyType type)
    {
        var keys = new List<string>();
        Value dict = DictOf(type);
        int pos = 0;
        while (Dicts.Next(dict, ref pos, out var key, out _))
            if (Strs.IsStr(key)) keys.Add(Strs.ToNet(key));
        foreach (var key in keys)
        {
            Value v = Dicts.GetStr(DictOf(type), key);
            if (v.IsNull) continue;
            var vt = Ops.TypeOf(v);
            if (vt.IsBuiltin) continue;
            Value setName = LookupInMro(vt, "__set_name__");
            if (setName.IsNull) continue;
            try { Descriptors.CallUnbound(setName, v, [type.Ref, Strs.New(key)]); }
            catch (PyException e)
            {
                // CPython 3.11 wraps the error, naming the attribute and the class.
                using var scope = new RootScope();
                int h = scope.Add(e.Exc);
                var err = Errors.RuntimeError($"Error calling __set_name__ on '{vt.Name}' instance '{key}' in '{type.Name}'");
                ExceptionObjects.ChainFrom(err.Exc, scope[h]);
                throw err;
            }
        }
    }

    private static void CallInitSubclass(PyType type, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        Value init = LookupAfter(type, type, "__init_subclass__");
        if (init.IsNull || (Ops.Is(init, TypeId.ClassMethod) && Descriptors.Wrapped(init) == ObjectMethods.InitSubclass))
        {
            if (kwNames is { Length: > 0 })
                throw Errors.TypeError($"{type.Name}.__init_subclass__() takes no keyword arguments");
            return;
        }
        Value bound = Descriptors.Get(init, type.Ref, type);
        Ops.Call(bound, [], kwValues, kwNames);
    }
}
