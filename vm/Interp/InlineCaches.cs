// Inline caches of the interpreter: one site per instruction (CodeInfo.Sites, indexed by
// the instruction's index) for LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD and STORE_ATTR, as
// CPython 3.11's specializing interpreter keeps next to its instructions. A site is an
// immutable .NET object replaced whole on a miss, so threads share sites without locks
// and never see a torn one. Every hit re-validates against the heap, so a site is a
// guess that can be stale but never wrong:
//  - globals: the (globals dict, entries array, entry index) where the name was found,
//    checked by the entry's key being that same interned str (the array reference is only
//    compared with the dict's current one, never followed, so it may even be young); for
//    a builtin, also the globals' entries array and entry count (a dict only ever appends
//    entries to its array and gets a new array when it resizes, so the same array with
//    the same count means no key was added) and the collection count that could have
//    freed those arrays and let a new array reuse their address (major collections for
//    old arrays; any collection for young ones);
//  - attributes: the layout id, class word, class version (bumped on any class attribute
//    change of the class or a base: TypeObjects) and map id (Maps.cs) of the instance,
//    which fix where the attribute lives: an instance slot, or a method on the class.
//    A __slots__ member (Descriptors.SlotMemberOf) is an instance slot under its hidden
//    name, so its sites read and write the slot without calling the accessor.
// Values a site hands out (methods, class values) are old objects only (rule 4 of
// vm/README.md): for a young candidate a minor collection is asked for
// (Collector.RequestPromotion) and the site fills at a later miss. An attribute site
// keeps up to MaxShapes shapes (PolySite); one that keeps missing becomes Megamorphic and
// the instruction takes the generic path for good.
using System.Runtime.CompilerServices;
using Stmvm.Gc;
using Barrier = Stmvm.Stm.Barrier;

namespace Stmvm.Vm;

public static partial class Interpreter
{
    /// A site that missed too often: the generic path, without further caching.
    private static readonly object Megamorphic = new();
    private const int MaxRefills = 12;

    private sealed class GlobalSite(long globals, long entries, int index)
    {
        public readonly long Globals = globals, Entries = entries;
        public readonly int Index = index;
    }

    private sealed class BuiltinSite(long globals, long entries, int used, (long, long) epoch, long builtinEntries, int index)
    {
        public readonly long Globals = globals, Entries = entries, BuiltinEntries = builtinEntries;
        public readonly (long Major, long Minor) Epoch = epoch;
        public readonly int Used = used, Index = index;
    }

    /// Transition: adds an inline slot (Offset its byte offset); TransitionGrow: adds slot
    /// number Offset, which may need the overflow array grown.
    private enum AttrKind : byte { InlineSlot, OverflowSlot, Method, ClassValue, Property, Transition, TransitionGrow }

    /// An attribute site of an object with a class word (instances, lists, dicts...), or of a
    /// built-in object without one (str, tuple...: ClassRef 0, only methods).
    private sealed class AttrSite(uint tid, long classRef, long version, long mapId, AttrKind kind, int offset, Value attr, long newMapId)
    {
        public readonly uint Tid = tid;
        public readonly long ClassRef = classRef, Version = version, MapId = mapId, NewMapId = newMapId;
        public readonly AttrKind Kind = kind;
        /// Byte offset of the slot in the object (inline) or in its overflow array.
        public readonly int Offset = offset;
        /// The method or class value (old).
        public readonly Value Attr = attr;
    }

    /// A polymorphic attribute site: up to MaxShapes entries (a method of a base class that
    /// sees instances of several subclasses), the oldest replaced when full.
    private sealed class PolySite(AttrSite[] entries, int refills)
    {
        public readonly AttrSite[] Entries = entries;
        public readonly int Refills = refills;
    }

    private const int MaxShapes = 4;

    /// The entry of the site that matches obj, or null.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AttrSite? Match(object? site, Value obj)
    {
        if (site is AttrSite a) return Matches(a, obj) ? a : null;
        return site is PolySite p ? MatchPoly(p, obj) : null;
    }

    /// Matches against each entry, reading obj's class word and map id once.
    private static AttrSite? MatchPoly(PolySite p, Value obj)
    {
        if (obj.IsSmallInt) return null;
        long o = obj.Ref;
        uint tid = Mem.TypeId(o);
        long classRef = 0, mapId = 0;
        bool loaded = false;
        foreach (var e in p.Entries)
        {
            if (e.Tid != tid) continue;
            if (e.ClassRef == 0)
            {
                if (!BuiltinSubclasses.IsSubclassInstance(obj)) return e;
                continue;
            }
            if (!loaded)
            {
                Barrier.Read(o);
                classRef = Mem.Load(o, Off.Class);
                mapId = Mem.Load(o, Off.MapId);
                loaded = true;
            }
            if (e.ClassRef != classRef || e.MapId != mapId) continue;
            Barrier.Read(classRef);
            if (Mem.Load(classRef, Off.TypeVersion) == e.Version) return e;
        }
        return null;
    }

    /// Adds an entry to the site (monomorphic, then polymorphic, then megamorphic).
    private static void Install(CodeInfo code, int at, AttrSite e)
    {
        code.Sites[at] = code.Sites[at] switch
        {
            AttrSite a => new PolySite([a, e], 0),
            PolySite { Entries.Length: < MaxShapes } p => new PolySite([.. p.Entries, e], p.Refills),
            PolySite p when p.Refills >= MaxRefills => Megamorphic,
            PolySite p => new PolySite([.. p.Entries.AsSpan(1), e], p.Refills + 1),
            _ => e,
        };
    }

    /// A module attribute: (module, its dict's entries array, entry index).
    private sealed class ModuleAttrSite(long module, long entries, int index, int refills)
    {
        public readonly long Module = module, Entries = entries;
        public readonly int Index = index, Refills = refills;
    }

    /// The collections that may have freed the arrays a BuiltinSite compares: major ones for
    /// old arrays, minor ones too (else -1) when one of them is young.
    private static (long, long) EpochFor(long a, long b)
    {
        var stats = Heap.Instance.Stats;
        return (stats.MajorCollections, Cacheable(a) && Cacheable(b) ? -1 : stats.MinorCollections);
    }

    private static bool SameEpoch((long Major, long Minor) e)
    {
        var stats = Heap.Instance.Stats;
        return e.Major == stats.MajorCollections && (e.Minor < 0 || e.Minor == stats.MinorCollections);
    }

    /// True for objects a site may keep: old ones, not overflow objects (young until the next minor collection).
    private static bool Cacheable(long obj) => !Collector.IsYoung(obj) && (Mem.Flags(obj) & HeaderFlags.Overflow) == 0;

    /// Cacheable(v) for a value a site would hand out; when it is young, asks for the minor
    /// collection that makes it old, so that the site fills at a later miss.
    internal static bool Keepable(Value v)
    {
        if (!v.IsRef || Cacheable(v.Ref)) return true;
        Collector.RequestPromotion();
        return false;
    }

    // ---- LOAD_GLOBAL ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value LoadGlobalCached(Value globals, CodeInfo code, int at, int arg)
    {
        object? site = code.Sites[at];
        if (site is GlobalSite g && g.Globals == globals.Bits)
        {
            Barrier.Read(globals.Ref);
            long e = Mem.Load(globals.Ref, Off.DictEntries);
            if (e == g.Entries)
            {
                Barrier.Read(e);
                if (Dicts.EntryKey(e, g.Index) == code.Names[arg]) return Dicts.EntryValue(e, g.Index);
            }
        }
        return LoadGlobalSlow(globals, code, at, arg);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value LoadGlobalSlow(Value globals, CodeInfo code, int at, int arg)
    {
        Value name = code.Names[arg];
        if (code.Sites[at] is BuiltinSite b && b.Globals == globals.Bits && SameEpoch(b.Epoch))
        {
            Barrier.Read(globals.Ref);
            long e = Mem.Load(globals.Ref, Off.DictEntries);
            Value builtins = Modules.BuiltinsDict;
            Barrier.Read(builtins.Ref);
            long be = Mem.Load(builtins.Ref, Off.DictEntries);
            if (e == b.Entries && Dicts.Appended(globals.Ref) == b.Used && be == b.BuiltinEntries)
            {
                Barrier.Read(be);
                if (Dicts.EntryKey(be, b.Index) == name) return Dicts.EntryValue(be, b.Index);
            }
        }
        if (code.Sites[at] == Megamorphic || globals.IsSmallInt || !Ops.Is(globals, TypeId.Dict) || !Cacheable(globals.Ref))
            return LoadGlobal(globals, name);
        int ix = Dicts.FindIdentical(globals, name);
        if (ix >= 0)
        {
            long e = Dicts.EntriesOf(globals);
            code.Sites[at] = new GlobalSite(globals.Bits, e, ix);
            return Dicts.EntryValue(e, ix);
        }
        Value v = LoadGlobal(globals, name);
        Value bd = Modules.BuiltinsDict;
        int bix = Dicts.FindIdentical(bd, name);
        long ge = Dicts.EntriesOf(globals);
        // Cached only when the name is truly absent from globals (not there under another str object).
        if (bix >= 0 && ge != 0 && Dicts.Get(globals, name).IsNull)
        {
            long be = Dicts.EntriesOf(bd);
            code.Sites[at] = new BuiltinSite(globals.Bits, ge, Dicts.Appended(globals.Ref), EpochFor(ge, be), be, bix);
        }
        return v;
    }

    // ---- attributes of instances ----

    /// The site's slot value when `obj` matches it (kind InlineSlot/OverflowSlot), else Null.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // Every attribute access runs these: they read the view base once (gc/Mem.cs).
    private static unsafe bool Matches(AttrSite a, Value obj)
    {
        if (obj.IsSmallInt) return false;
        long o = obj.Ref;
        byte* b = Mem.Base;
        if (Mem.TypeId(b, o) != a.Tid) return false;
        if (a.ClassRef == 0) return !BuiltinSubclasses.IsSubclassInstance(obj);
        Barrier.Read(b, o);
        if (Mem.Load(b, o, Off.Class) != a.ClassRef || Mem.Load(b, o, Off.MapId) != a.MapId) return false;
        Barrier.Read(b, a.ClassRef);
        return Mem.Load(b, a.ClassRef, Off.TypeVersion) == a.Version;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Value LoadSlot(AttrSite a, long o)
    {
        byte* b = Mem.Base;
        if (a.Kind == AttrKind.InlineSlot) return Mem.LoadValue(b, o, a.Offset);
        long overflow = Mem.Load(b, o, Off.AttrOverflow);
        Barrier.Read(b, overflow);
        return Mem.LoadValue(b, overflow, a.Offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value LoadAttrCached(Value obj, CodeInfo code, int at, int arg)
    {
        if (Match(code.Sites[at], obj) is { } a)
        {
            switch (a.Kind)
            {
                case AttrKind.InlineSlot or AttrKind.OverflowSlot:
                {
                    Value v = LoadSlot(a, obj.Ref);
                    if (!v.IsNull) return v;
                    break;
                }
                case AttrKind.Method: return Methods.New(a.Attr, obj);
                case AttrKind.ClassValue: return a.Attr;
                case AttrKind.Property: return PropertyGet(a, obj, code.Code.Names[arg]);
            }
        }
        return LoadAttrSlow(obj, code, at, arg);
    }

    /// A property site: a guest getter is called through the plain call path.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value PropertyGet(AttrSite a, Value obj, string name)
    {
        Value fget = Descriptors.PropField(a.Attr, Off.PropGet);
        if (Ops.Is(fget, TypeId.Function)) return CallGuestWithFirst(fget, ref obj, [], default, null);
        return Descriptors.Get(a.Attr, obj, PyType.FromRef(Value.FromRef(a.ClassRef)), name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value LoadAttrSlow(Value obj, CodeInfo code, int at, int arg)
    {
        string name = code.Code.Names[arg];
        if (Ops.Is(obj, TypeId.Module)) return LoadModuleAttr(obj, code, at, name, code.Names[arg]);
        FillAttrSite(code, at, obj, name, forMethod: false);
        return Ops.GetAttr(obj, name);
    }

    /// [obj] -> [meth, obj] or [NULL, obj.name], through the site.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LoadMethodCached(Value[] s, int sp, CodeInfo code, int at, int arg)
    {
        Value obj = s[sp - 1];
        if (Match(code.Sites[at], obj) is { } a)
        {
            switch (a.Kind)
            {
                case AttrKind.Method:
                    s[sp - 1] = a.Attr;
                    s[sp] = obj;
                    return;
                case AttrKind.InlineSlot or AttrKind.OverflowSlot:
                {
                    Value v = LoadSlot(a, obj.Ref);
                    if (v.IsNull) break;
                    s[sp] = v;
                    s[sp - 1] = Value.Null;
                    return;
                }
                case AttrKind.ClassValue:
                    s[sp] = a.Attr;
                    s[sp - 1] = Value.Null;
                    return;
            }
        }
        LoadMethodSlow(s, sp, code, at, arg);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadMethodSlow(Value[] s, int sp, CodeInfo code, int at, int arg)
    {
        string name = code.Code.Names[arg];
        Value obj = s[sp - 1];
        if (Ops.Is(obj, TypeId.Module))
        {
            s[sp] = LoadModuleAttr(obj, code, at, name, code.Names[arg]);
            s[sp - 1] = Value.Null;
            return;
        }
        FillAttrSite(code, at, obj, name, forMethod: true);
        LoadMethod(s, sp, name);
    }

    /// Caches where `name` is found on obj, when it is an instance slot, a plain method or a
    /// plain class value found the default way (no attribute hooks, no data descriptor).
    private static void FillAttrSite(CodeInfo code, int at, Value obj, string name, bool forMethod)
    {
        if (code.Sites[at] == Megamorphic || obj.IsSmallInt) return;
        long o = obj.Ref;
        uint tid = Mem.TypeId(o);
        if (tid is (uint)TypeId.Type or (uint)TypeId.Module or (uint)TypeId.Super) return;
        PyType type = Ops.TypeOf(obj);
        if ((type.Flags & (TypeFlags.HasGetattribute | TypeFlags.HasGetattr)) != 0)
        {
            code.Sites[at] = Megamorphic;
            return;
        }
        long version = TypeObjects.VersionOf(type);
        Value descr = TypeObjects.LookupInMro(type, name);
        if (!descr.IsNull && Descriptors.IsDataDescriptor(descr))
        {
            if (ObjectLayouts.HasClassWord[tid] && Descriptors.SlotMemberOf(descr, forStore: false) is { } member)
            {
                // Unset or not applying to obj (errors): not cached.
                Map m = Instances.MapOf(obj);
                int slot = m.IndexOf(member.Hidden);
                if (slot >= 0 && Ops.IsInstance(obj, member.Owner))
                    Install(code, at, SlotSite(tid, type.Ref.Ref, version, m.Id, slot));
                return;
            }
            // A property's getter is called straight from the site; other data descriptors take the generic path.
            if (!forMethod && ObjectLayouts.HasClassWord[tid] && Ops.Is(descr, TypeId.Property) && Keepable(descr))
                Install(code, at, new AttrSite(tid, type.Ref.Ref, version, Instances.MapOf(obj).Id, AttrKind.Property, 0, descr, 0));
            else code.Sites[at] = Megamorphic;
            return;
        }
        bool method = !descr.IsNull && (Ops.Is(descr, TypeId.Function) || (forMethod && Descriptors.IsUnboundBuiltinMethod(descr)));
        if (!ObjectLayouts.HasClassWord[tid])
        {
            if (method && forMethod && Ops.FixedClass[tid] == type && !BuiltinSubclasses.IsSubclassInstance(obj) && Keepable(descr))
                Install(code, at, new AttrSite(tid, 0, 0, 0, AttrKind.Method, 0, descr, 0));
            return;
        }
        Map map = Instances.MapOf(obj);
        if (map.DictIndex >= 0) return;
        long classRef = type.Ref.Ref, mapId = map.Id;
        int i = map.IndexOf(name);
        AttrSite? site = null;
        if (i >= 0) site = SlotSite(tid, classRef, version, mapId, i);
        else if (method && Keepable(descr))
            site = new AttrSite(tid, classRef, version, mapId, AttrKind.Method, 0, descr, 0);
        else if (!descr.IsNull && IsPlainClassValue(descr) && Keepable(descr))
            site = new AttrSite(tid, classRef, version, mapId, AttrKind.ClassValue, 0, descr, 0);
        if (site != null) Install(code, at, site);
    }

    private static AttrSite SlotSite(uint tid, long classRef, long version, long mapId, int i)
    {
        int inline = tid == (uint)TypeId.Instance ? Off.InstanceInlineSlots : 0;
        return i < inline
            ? new AttrSite(tid, classRef, version, mapId, AttrKind.InlineSlot, Off.InstanceSlots + 8 * i, Value.Null, 0)
            : new AttrSite(tid, classRef, version, mapId, AttrKind.OverflowSlot, Off.ArrayData + 8 * (i - inline), Value.Null, 0);
    }

    /// Class attributes that Descriptors.Get returns unchanged (and that a site may keep).
    private static bool IsPlainClassValue(Value v)
    {
        if (v.IsSmallInt) return true;
        return (TypeId)Mem.TypeId(v.Ref) is TypeId.Str or TypeId.Float or TypeId.BigInt or TypeId.Tuple or TypeId.NoneType or TypeId.Bool;
    }

    // ---- STORE_ATTR ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void StoreAttrCached(Value obj, Value value, CodeInfo code, int at, int arg)
    {
        if (Match(code.Sites[at], obj) is { } a)
        {
            long o = obj.Ref;
            byte* b = Mem.Base;
            switch (a.Kind)
            {
                case AttrKind.InlineSlot:
                    Barrier.Write(b, o);
                    Mem.Store(b, o, a.Offset, value.Bits);
                    return;
                case AttrKind.OverflowSlot:
                {
                    long overflow = Mem.Load(b, o, Off.AttrOverflow);
                    Barrier.Write(b, overflow);
                    Mem.Store(b, overflow, a.Offset, value.Bits);
                    return;
                }
                case AttrKind.Transition:
                    Barrier.Write(b, o);
                    Mem.Store(b, o, Off.MapId, a.NewMapId);
                    Mem.Store(b, o, a.Offset, value.Bits);
                    return;
                case AttrKind.TransitionGrow:
                    Instances.AddSlotValue(o, a.NewMapId, a.Offset, value);
                    return;
            }
        }
        StoreAttrSlow(obj, value, code, at, arg);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreAttrSlow(Value obj, Value value, CodeInfo code, int at, int arg)
    {
        string name = code.Code.Names[arg];
        FillStoreSite(code, at, obj, name);
        Ops.SetAttr(obj, name, value);
    }

    /// Caches an ordinary instance attribute store or a __slots__ member's: into an existing
    /// slot, or adding the attribute (a map transition).
    private static void FillStoreSite(CodeInfo code, int at, Value obj, string name)
    {
        if (code.Sites[at] == Megamorphic || obj.IsSmallInt) return;
        long o = obj.Ref;
        uint tid = Mem.TypeId(o);
        if (!ObjectLayouts.HasClassWord[tid] || tid is (uint)TypeId.Type or (uint)TypeId.Module) return;
        PyType type = Ops.TypeOf(obj);
        if ((type.Flags & TypeFlags.HasSetattr) != 0) return;
        long version = TypeObjects.VersionOf(type);
        Value descr = TypeObjects.LookupInMro(type, name);
        string slotName = name;
        if (!descr.IsNull && Descriptors.IsDataDescriptor(descr))
        {
            if (Descriptors.SlotMemberOf(descr, forStore: true) is not { } member || !Ops.IsInstance(obj, member.Owner)) return;
            slotName = member.Hidden;
        }
        else if (!Ops.CanHaveAttributes(obj, type)) return;
        Map map = Instances.MapOf(obj);
        // Ordinary attributes of an object whose __dict__ was asked for live in that dict.
        if (map.DictIndex >= 0 && !Map.IsHidden(slotName)) return;
        int i = map.IndexOf(slotName);
        if (i >= 0)
        {
            Install(code, at, SlotSite(tid, type.Ref.Ref, version, map.Id, i));
            return;
        }
        Map next = map.With(slotName);
        int slot = next.Count - 1;
        Install(code, at, tid == (uint)TypeId.Instance && slot < Off.InstanceInlineSlots
            ? new AttrSite(tid, type.Ref.Ref, version, map.Id, AttrKind.Transition, Off.InstanceSlots + 8 * slot, Value.Null, next.Id)
            : new AttrSite(tid, type.Ref.Ref, version, map.Id, AttrKind.TransitionGrow, slot, Value.Null, next.Id));
    }

    // ---- module attributes ----

    private static Value LoadModuleAttr(Value module, CodeInfo code, int at, string name, Value internedName)
    {
        Value dict = Modules.DictOf(module);
        if (code.Sites[at] is ModuleAttrSite m && m.Module == module.Bits)
        {
            Barrier.Read(dict.Ref);
            long e = Mem.Load(dict.Ref, Off.DictEntries);
            if (e == m.Entries)
            {
                Barrier.Read(e);
                if (Dicts.EntryKey(e, m.Index) == internedName) return Dicts.EntryValue(e, m.Index);
            }
        }
        object? old = code.Sites[at];
        int refills = old is ModuleAttrSite prev ? prev.Refills + 1 : 0;
        if (old != Megamorphic && refills <= MaxRefills && Cacheable(module.Ref))
        {
            int ix = Dicts.FindIdentical(dict, internedName);
            if (ix >= 0) code.Sites[at] = new ModuleAttrSite(module.Bits, Dicts.EntriesOf(dict), ix, refills);
        }
        else if (refills > MaxRefills) code.Sites[at] = Megamorphic;
        return Ops.GetAttr(module, name);
    }
}
