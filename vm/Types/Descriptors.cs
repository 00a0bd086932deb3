// Descriptors: the __get__ protocol of functions (-> bound methods), methods of built-in
// types (-> a BuiltinFunction copy with Off.BuiltinSelf set), staticmethod, classmethod,
// property and user classes defining __get__; data descriptors (__set__/__delete__);
// calling an attribute found on a class with an explicit self. Also native "getset"
// attributes of built-in types (NativeProperties.cs) are properties over BuiltinFunctions.
// The property, staticmethod and classmethod classes' methods: DescriptorMethods.cs;
// super: SuperObjects.cs.
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static class Descriptors
{
    public static Value NewStaticMethod(Value f) => Wrap(TypeId.StaticMethod, f);
    public static Value NewClassMethod(Value f) => Wrap(TypeId.ClassMethod, f);

    private static Value Wrap(TypeId layout, Value f)
    {
        long obj = Collector.Allocate((uint)layout, 16);
        Mem.StoreValue(obj, Off.WrappedFunc, f);
        return Value.FromRef(obj);
    }

    /// The function inside a staticmethod or classmethod.
    public static Value Wrapped(Value wrapper)
    {
        Barrier.Read(wrapper.Ref);
        return Mem.LoadValue(wrapper.Ref, Off.WrappedFunc);
    }

    /// A method of a built-in type bound to self: a young BuiltinFunction copy with Off.BuiltinSelf set.
    public static Value BindBuiltin(Value builtin, Value self)
    {
        long obj = Collector.Allocate((uint)TypeId.BuiltinFunction, 24);
        Mem.Store(obj, Off.BuiltinId, Mem.Load(builtin.Ref, Off.BuiltinId));
        Mem.StoreValue(obj, Off.BuiltinSelf, self);
        return Value.FromRef(obj);
    }

    /// An unbound method of a built-in type (BuiltinFunction for a method, not yet bound).
    public static bool IsUnboundBuiltinMethod(Value v) =>
        Ops.Is(v, TypeId.BuiltinFunction) && Mem.LoadValue(v.Ref, Off.BuiltinSelf).IsNull && Natives.InfoOf(v).IsMethod;

    public static Value NewProperty(Value fget, Value fset, Value fdel, Value doc)
    {
        long obj = Collector.Allocate((uint)TypeId.Property, 40);
        Mem.StoreValue(obj, Off.PropGet, fget);
        Mem.StoreValue(obj, Off.PropSet, fset);
        Mem.StoreValue(obj, Off.PropDel, fdel);
        Mem.StoreValue(obj, Off.PropDoc, doc);
        return Value.FromRef(obj);
    }

    /// The descriptor of one __slots__ entry: the value lives under a hidden name in the
    /// instance's map. Its getter and setter are registered (SlotMemberOf) so that attribute
    /// sites read and write the slot directly.
    public static Value NewSlotMember(PyType owner, string attr)
    {
        string hidden = Map.Hidden + attr;
        Value Accessor(string what, NativeFn fn, bool? setter)
        {
            var info = Natives.Register(attr, $"{what} {attr}", fn, isMethod: false);
            if (setter is { } isSetter) _slotAccessors[info.Id] = new SlotAccessor(owner, hidden, isSetter);
            return Natives.NewFunction(info);
        }
        Value get = Accessor("get", (args, _, _) =>
        {
            Value v = Instances.Get(SlotOwner(args, owner, attr), hidden);
            return v.IsNull ? throw Missing(args[0], attr) : v;
        }, setter: false);
        Value set = Accessor("set", (args, _, _) =>
        {
            Instances.Set(SlotOwner(args, owner, attr), hidden, args[1]);
            return Py.None;
        }, setter: true);
        Value del = Accessor("delete", (args, _, _) =>
            // CPython's member descriptor says only the name when deleting an unset slot.
            Instances.Delete(SlotOwner(args, owner, attr), hidden) ? Py.None : throw Errors.AttributeError(attr), setter: null);
        return NewProperty(get, set, del, Py.None);
    }

    /// A __slots__ member's getter or setter: the class it applies to and the hidden name of its slot.
    public sealed record SlotAccessor(PyType Owner, string Hidden, bool IsSetter);

    /// By NativeInfo.Id of the accessor.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, SlotAccessor> _slotAccessors = new();

    /// When `descr` is a property whose getter (or setter, forStore) is a __slots__ member's
    /// accessor: that accessor; else null. (A property made from another's accessors counts:
    /// each accessor behaves the same wherever it is.)
    public static SlotAccessor? SlotMemberOf(Value descr, bool forStore)
    {
        if (!Ops.Is(descr, TypeId.Property)) return null;
        Value fn = PropField(descr, forStore ? Off.PropSet : Off.PropGet);
        if (!Ops.Is(fn, TypeId.BuiltinFunction) || !Mem.LoadValue(fn.Ref, Off.BuiltinSelf).IsNull) return null;
        return _slotAccessors.TryGetValue(Natives.InfoOf(fn).Id, out var a) && a.IsSetter == forStore ? a : null;
    }

    private static Value SlotOwner(ReadOnlySpan<Value> args, PyType owner, string attr)
    {
        if (args.Length == 0 || !Instances.HasStorage(args[0]) || !Ops.IsInstance(args[0], owner))
            throw Errors.TypeError($"descriptor '{attr}' for '{owner.Name}' objects doesn't apply to a " +
                $"'{(args.Length == 0 ? "NoneType" : Ops.TypeName(args[0]))}' object");
        return args[0];
    }

    private static PyException Missing(Value obj, string attr) =>
        Errors.AttributeError($"'{Ops.TypeName(obj)}' object has no attribute '{attr}'");

    /// A property defined by NativeProperties.Define (its error messages are those of CPython's getset descriptors).
    public static bool IsNativeGetSet(Value prop) => Ops.Is(PropField(prop, Off.PropGet), TypeId.BuiltinFunction);

    public static Value PropField(Value prop, int offset)
    {
        Barrier.Read(prop.Ref);
        return Mem.LoadValue(prop.Ref, offset);
    }

    /// Has __set__ or __delete__ (takes precedence over instance attributes).
    public static bool IsDataDescriptor(Value descr)
    {
        if (descr.IsSmallInt) return false;
        switch ((TypeId)Mem.TypeId(descr.Ref))
        {
            case TypeId.Property: return true;
            case TypeId.Function or TypeId.BuiltinFunction or TypeId.StaticMethod or TypeId.ClassMethod
                or TypeId.Str or TypeId.Float or TypeId.BigInt or TypeId.Tuple or TypeId.NoneType or TypeId.Bool:
                return false;
        }
        var t = Ops.TypeOf(descr);
        if (t.IsBuiltin) return false;
        return !TypeObjects.LookupInMro(t, "__set__").IsNull || !TypeObjects.LookupInMro(t, "__delete__").IsNull;
    }

    /// A data descriptor that also wins over the instance dict on reads: CPython reads the
    /// instance dict first when the descriptor has __set__/__delete__ but no __get__.
    public static bool IsDataDescriptorForGet(Value descr)
    {
        if (!IsDataDescriptor(descr)) return false;
        var t = Ops.TypeOf(descr);
        return t.IsBuiltin || !TypeObjects.LookupInMro(t, "__get__").IsNull;
    }

    /// descr.__get__(obj, type) for an attribute found on `type`'s MRO; obj is Null for
    /// access through the class. Values that are not descriptors come back unchanged.
    public static Value Get(Value descr, Value obj, PyType type, string name = "")
    {
        if (descr.IsSmallInt) return descr;
        switch ((TypeId)Mem.TypeId(descr.Ref))
        {
            case TypeId.Function: return obj.IsNull ? descr : Methods.New(descr, obj);
            case TypeId.BuiltinFunction: return !obj.IsNull && IsUnboundBuiltinMethod(descr) ? BindBuiltin(descr, obj) : descr;
            case TypeId.StaticMethod: return Wrapped(descr);
            case TypeId.ClassMethod: return Methods.New(Wrapped(descr), type.Ref);
            case TypeId.Property: return obj.IsNull ? descr : PropertyGet(descr, obj, name);
            case TypeId.Str or TypeId.Float or TypeId.BigInt or TypeId.Tuple or TypeId.NoneType or TypeId.Bool:
                return descr;
        }
        var dt = Ops.TypeOf(descr);
        if (dt.IsBuiltin) return descr;
        Value get = TypeObjects.LookupInMro(dt, "__get__");
        if (get.IsNull) return descr;
        return CallUnbound(get, descr, [obj.IsNull ? Py.None : obj, type.Ref]);
    }

    private static Value PropertyGet(Value prop, Value obj, string name)
    {
        Value fget = PropField(prop, Off.PropGet);
        if (Py.IsNone(fget))
            throw Errors.AttributeError(name == ""
                ? $"property of '{Ops.TypeName(obj)}' object has no getter"
                : $"property '{name}' of '{Ops.TypeName(obj)}' object has no getter");
        return Ops.Call(fget, [obj]);
    }

    /// descr.__set__(obj, value) for a data descriptor; false when it has no __set__.
    public static void Set(Value descr, Value obj, Value value, string name)
    {
        if (Ops.Is(descr, TypeId.Property))
        {
            Value fset = PropField(descr, Off.PropSet);
            if (Py.IsNone(fset)) throw ReadOnly(descr, obj, name, "setter");
            Ops.Call(fset, [obj, value]);
            return;
        }
        Value set = TypeObjects.LookupInMro(Ops.TypeOf(descr), "__set__");
        if (set.IsNull) throw Errors.AttributeError("__set__");
        CallUnbound(set, descr, [obj, value]);
    }

    public static void Delete(Value descr, Value obj, string name)
    {
        if (Ops.Is(descr, TypeId.Property))
        {
            Value fdel = PropField(descr, Off.PropDel);
            if (Py.IsNone(fdel)) throw ReadOnly(descr, obj, name, "deleter");
            Ops.Call(fdel, [obj]);
            return;
        }
        Value del = TypeObjects.LookupInMro(Ops.TypeOf(descr), "__delete__");
        if (del.IsNull) throw Errors.AttributeError("__delete__");
        CallUnbound(del, descr, [obj]);
    }

    private static PyException ReadOnly(Value prop, Value obj, string name, string what) =>
        IsNativeGetSet(prop)
            ? Errors.AttributeError($"attribute '{name}' of '{Ops.TypeName(obj)}' objects is not writable")
            : Errors.AttributeError($"property '{name}' of '{Ops.TypeName(obj)}' object has no {what}");

    /// Calls an attribute found on self's class with self first: plain functions and
    /// built-in methods directly (no bound method), anything else through its __get__.
    public static Value CallUnbound(Value attr, Value self, ReadOnlySpan<Value> args) => CallUnbound(attr, self, args, default, null);

    public static Value CallUnbound(Value attr, Value self, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        if (Ops.Is(attr, TypeId.Function) || IsUnboundBuiltinMethod(attr))
            return CallWithFirst(attr, self, args, kwValues, kwNames);
        return Ops.Call(Get(attr, self, Ops.TypeOf(self)), args, kwValues, kwNames);
    }

    /// fn(first, *args, **kw), the arguments in a window of the thread's data stack (scanned by the GC).
    public static Value CallWithFirst(Value fn, Value first, ReadOnlySpan<Value> args, ReadOnlySpan<Value> kwValues, string[]? kwNames)
    {
        var ts = ThreadState.Current;
        Value[] w = ts.AllocWindow(args.Length + 1, out int chunk, out int start);
        try
        {
            w[start] = first;
            args.CopyTo(w.AsSpan(start + 1));
            return Ops.Call(fn, w.AsSpan(start, args.Length + 1), kwValues, kwNames);
        }
        finally
        {
            ts.FreeWindow(chunk, start);
        }
    }
}
