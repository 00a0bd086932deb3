// OWNER: object-model helper. Attribute access: getattr/setattr/delattr with the full
// protocol (user __getattribute__/__getattr__/__setattr__/__delattr__; data descriptors
// on the class > instance attributes in maps > other class attributes through their
// __get__), classes (the metatype's data descriptors > the MRO with __get__(None, cls) >
// the metatype's methods), modules (their dict), super objects; LOAD_METHOD's lookup
// that avoids making bound methods. Error messages are CPython 3.11's.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static partial class Ops
{
    /// getattr(obj, name); AttributeError as CPython words it.
    public static Value GetAttr(Value obj, string name)
    {
        Value v = FindAttr(obj, name);
        if (v.IsNull) throw NoAttribute(obj, name);
        return v;
    }

    /// getattr(obj, name) or Value.Null when it does not exist (an AttributeError raised while
    /// looking is swallowed, as hasattr does; other errors propagate).
    public static Value GetAttrOrNull(Value obj, string name)
    {
        try
        {
            return FindAttr(obj, name);
        }
        catch (PyException e) when (e.Type.IsSubtypeOf(BuiltinTypes.AttributeError))
        {
            return Value.Null;
        }
    }

    /// The attribute `name` looked up on a class's MRO only (special method lookup), unbound,
    /// or Null. Call it with Ops.CallSpecial.
    public static Value LookupSpecial(PyType type, string name) => TypeObjects.LookupInMro(type, name);

    /// Calls a special method found by LookupSpecial with `self` first.
    public static Value CallSpecial(Value method, Value self, ReadOnlySpan<Value> args) =>
        Descriptors.CallUnbound(method, self, args);

    /// LOAD_METHOD: true with (method, self) when `name` is a plain function or built-in method
    /// on obj's class that the instance does not shadow (call method(self, ...), no bound
    /// method is made); else false with (Null, the attribute).
    public static bool LookupMethod(Value obj, string name, out Value method, out Value selfOrAttr)
    {
        var type = TypeOf(obj);
        if ((type.Flags & TypeFlags.HasGetattribute) == 0)
        {
            Value descr = TypeObjects.LookupInMro(type, name);
            if (!descr.IsNull && (Is(descr, TypeId.Function) || Descriptors.IsUnboundBuiltinMethod(descr))
                && (!Instances.HasStorage(obj) || Instances.Get(obj, name).IsNull))
            {
                method = descr;
                selfOrAttr = obj;
                return true;
            }
        }
        method = Value.Null;
        selfOrAttr = GetAttr(obj, name);
        return false;
    }

    /// The attribute or Null when plainly absent; errors raised by guest code propagate.
    private static Value FindAttr(Value obj, string name)
    {
        switch (LayoutOf(obj))
        {
            case TypeId.Type: return FindTypeAttr(obj, name);
            case TypeId.Module: return FindModuleAttr(obj, name);
            case TypeId.Super: return SuperObjects.FindAttr(obj, name);
        }
        var type = TypeOf(obj);
        if ((type.Flags & (TypeFlags.HasGetattribute | TypeFlags.HasGetattr)) != 0) return FindHooked(obj, type, name);
        return GenericFindAttr(obj, type, name);
    }

    /// object.__getattribute__ without the final AttributeError.
    internal static Value GenericFindAttr(Value obj, PyType type, string name)
    {
        Value descr = TypeObjects.LookupInMro(type, name);
        if (!descr.IsNull && Descriptors.IsDataDescriptorForGet(descr)) return Descriptors.Get(descr, obj, type, name);
        if (Instances.HasStorage(obj))
        {
            Value v = Instances.Get(obj, name);
            if (!v.IsNull) return v;
        }
        return descr.IsNull ? descr : Descriptors.Get(descr, obj, type, name);
    }

    /// With a user __getattribute__ and/or __getattr__. The flags are hints kept outside the
    /// transactional heap: a hook that is not there (any more) means the default behaviour.
    private static Value FindHooked(Value obj, PyType type, string name)
    {
        using var scope = new RootScope();
        int h = scope.Add(obj);
        Value getattr = UserHook(type, "__getattr__");
        try
        {
            Value getattribute = UserHook(type, "__getattribute__");
            Value v = getattribute.IsNull
                ? GenericFindAttr(obj, type, name)
                : Descriptors.CallUnbound(getattribute, obj, [Strs.New(name)]);
            if (!v.IsNull || getattr.IsNull) return v;
        }
        catch (PyException e) when (!getattr.IsNull && e.Type.IsSubtypeOf(BuiltinTypes.AttributeError))
        {
        }
        getattr = UserHook(type, "__getattr__");
        return getattr.IsNull ? getattr : Descriptors.CallUnbound(getattr, scope[h], [Strs.New(name)]);
    }

    /// A user-defined attribute hook on the class, or Null (absent, or object's built-in one).
    private static Value UserHook(PyType type, string name)
    {
        Value hook = TypeObjects.LookupInMro(type, name);
        return hook.IsNull || Is(hook, TypeId.BuiltinFunction) ? Value.Null : hook;
    }

    private static Value FindTypeAttr(Value typeObj, string name)
    {
        var type = PyType.FromRef(typeObj);
        var meta = BuiltinTypes.Type;
        Value metaAttr = TypeObjects.LookupInMro(meta, name);
        if (!metaAttr.IsNull && Descriptors.IsDataDescriptor(metaAttr)) return Descriptors.Get(metaAttr, typeObj, meta, name);
        Value v = TypeObjects.LookupInMro(type, name);
        if (!v.IsNull) return Descriptors.Get(v, Value.Null, type, name);
        return metaAttr.IsNull ? metaAttr : Descriptors.Get(metaAttr, typeObj, meta, name);
    }

    private static Value FindModuleAttr(Value module, string name)
    {
        Value dict = Modules.DictOf(module);
        Value v = Dicts.GetStr(dict, name);
        if (!v.IsNull) return v;
        if (name == "__dict__") return dict;
        v = GenericFindAttr(module, BuiltinTypes.Module, name);
        if (!v.IsNull) return v;
        Value hook = Dicts.GetStr(dict, "__getattr__");
        return hook.IsNull ? hook : Call(hook, [Strs.New(name)]);
    }

    private static PyException NoAttribute(Value obj, string name) => LayoutOf(obj) switch
    {
        TypeId.Type => Errors.AttributeError($"type object '{PyType.FromRef(obj).Name}' has no attribute '{name}'"),
        TypeId.Module => Errors.AttributeError($"module '{Modules.NameOf(obj)}' has no attribute '{name}'"),
        _ => Errors.AttributeError($"'{TypeName(obj)}' object has no attribute '{name}'"),
    };

    public static void SetAttr(Value obj, string name, Value value)
    {
        switch (LayoutOf(obj))
        {
            case TypeId.Type: SetTypeAttr(obj, name, value); return;
            case TypeId.Module: Dicts.SetStr(Modules.DictOf(obj), name, value); return;
        }
        var type = TypeOf(obj);
        Value hook = (type.Flags & TypeFlags.HasSetattr) != 0 ? UserHook(type, "__setattr__") : Value.Null;
        if (!hook.IsNull) Descriptors.CallUnbound(hook, obj, [Strs.New(name), value]);
        else GenericSetAttr(obj, type, name, value);
    }

    /// object.__setattr__.
    internal static void GenericSetAttr(Value obj, PyType type, string name, Value value)
    {
        Value descr = TypeObjects.LookupInMro(type, name);
        if (!descr.IsNull && Descriptors.IsDataDescriptor(descr))
        {
            Descriptors.Set(descr, obj, value, name);
            return;
        }
        if (!CanHaveAttributes(obj, type)) throw NotWritable(obj, name, descr);
        Instances.Set(obj, name, value);
    }

    /// Instances of user classes (unless __slots__ forbid), and functions and exceptions, have attributes.
    internal static bool CanHaveAttributes(Value obj, PyType type) =>
        Instances.HasStorage(obj) && (type.IsBuiltin ? Is(obj, TypeId.Function) || Is(obj, TypeId.Exception)
            : (type.Flags & TypeFlags.NoDict) == 0);

    private static PyException NotWritable(Value obj, string name, Value descr) =>
        BuiltinSubclasses.IsSubclassInstance(obj) && (TypeOf(obj).Flags & TypeFlags.NoDict) == 0
        ? Errors.NotImplementedError($"attributes of instances of '{TypeName(obj)}' (a subclass of '{BaseBuiltinName(obj)}') are not supported yet")
        : descr.IsNull
        ? Errors.AttributeError($"'{TypeName(obj)}' object has no attribute '{name}'")
        : Errors.AttributeError($"'{TypeName(obj)}' object attribute '{name}' is read-only");

    private static string BaseBuiltinName(Value obj)
    {
        foreach (var t in TypeOf(obj).Mro) if (BuiltinSubclasses.IsBase(t)) return t.Name;
        return "object";
    }

    private static void SetTypeAttr(Value typeObj, string name, Value value)
    {
        var type = PyType.FromRef(typeObj);
        Value metaAttr = TypeObjects.LookupInMro(BuiltinTypes.Type, name);
        if (!metaAttr.IsNull && Descriptors.IsDataDescriptor(metaAttr))
        {
            Descriptors.Set(metaAttr, typeObj, value, name);
            return;
        }
        if (type.IsBuiltin) throw Errors.TypeError($"cannot set '{name}' attribute of immutable type '{type.Name}'");
        TypeObjects.SetTypeAttr(type, name, value);
    }

    public static void DelAttr(Value obj, string name)
    {
        switch (LayoutOf(obj))
        {
            case TypeId.Type: DelTypeAttr(obj, name); return;
            case TypeId.Module:
                if (!Dicts.DeleteStr(Modules.DictOf(obj), name)) throw NoAttribute(obj, name);
                return;
        }
        var type = TypeOf(obj);
        Value hook = (type.Flags & TypeFlags.HasDelattr) != 0 ? UserHook(type, "__delattr__") : Value.Null;
        if (!hook.IsNull) Descriptors.CallUnbound(hook, obj, [Strs.New(name)]);
        else GenericDelAttr(obj, type, name);
    }

    /// object.__delattr__.
    internal static void GenericDelAttr(Value obj, PyType type, string name)
    {
        Value descr = TypeObjects.LookupInMro(type, name);
        if (!descr.IsNull && Descriptors.IsDataDescriptor(descr))
        {
            Descriptors.Delete(descr, obj, name);
            return;
        }
        if (!CanHaveAttributes(obj, type)) throw NotWritable(obj, name, descr);
        if (!Instances.Delete(obj, name)) throw Errors.AttributeError($"'{type.Name}' object has no attribute '{name}'");
    }

    private static void DelTypeAttr(Value typeObj, string name)
    {
        var type = PyType.FromRef(typeObj);
        if (type.IsBuiltin) throw Errors.TypeError($"cannot set '{name}' attribute of immutable type '{type.Name}'");
        if (!TypeObjects.DeleteTypeAttr(type, name)) throw NoAttribute(typeObj, name);
    }
}
