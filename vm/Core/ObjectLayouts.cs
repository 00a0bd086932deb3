// Field offsets of every layout, and their registration with the collector.
// The single source of truth for where things are in an object.
//
// Objects with the standard prefix (Instance, Exception, List, Dict, Set, FrozenSet,
// Function) start with:
//   [0 header][8 map id (raw)][16 class][24 attribute overflow array or 0]
// so that instances of user subclasses of these types can carry attributes (maps, see
// Types/Maps.cs and Types/Instances.cs). Everything from offset 16 on is a value word unless said otherwise.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Off
{
    // standard prefix
    public const int MapId = 8, Class = 16, AttrOverflow = 24, PrefixEnd = 32;

    // Instance: the prefix, then inline attribute slots
    public const int InstanceSlots = 32, InstanceInlineSlots = 4;

    // Exception: the prefix, then
    public const int ExcArgs = 32, ExcTraceback = 40, ExcCause = 48, ExcContext = 56, ExcSuppressContext = 64;

    // List: the prefix, then count (small int) and storage (ValueArray, capacity = its length)
    public const int ListCount = 32, ListStorage = 40;

    // Dict: the prefix, then (see Types/Dict.cs)
    public const int DictCount = 32, DictUsed = 40, DictIndices = 48, DictEntries = 56;

    // Deque: the prefix, then (see Types/Deques.cs)
    public const int DequeCount = 32, DequeHead = 40, DequeStorage = 48, DequeMaxLen = 56, DequeState = 64;

    // Set and FrozenSet: the prefix, then (see Types/Set.cs)
    public const int SetFill = 32, SetUsed = 40, SetMask = 48, SetTable = 56, SetFinger = 64, SetHash = 72;

    // Function: the prefix, then
    public const int FuncCode = 32, FuncGlobals = 40, FuncName = 48, FuncQualName = 56, FuncDefaults = 64,
        FuncKwDefaults = 72, FuncClosure = 80, FuncDoc = 88, FuncModule = 96,
        FuncAnnotations = 104, FuncDict = 112;

    // arrays: length (raw) at 8, data at 16 (ValueArray, ByteBuffer, Tuple, BigInt)
    public const int Length = 8, ArrayData = 16;

    // Str and Bytes: byte length (raw) at 8, hash (raw, 0 = not computed yet) at 16, data at 24
    public const int StrHash = 16, StrData = 24;

    public const int FloatValue = 8;
    // ByteArray: [8 count (raw)][16 storage: ByteBuffer, capacity = its length]
    public const int ByteArrayCount = 8, ByteArrayStorage = 16;
    public const int BoolValue = 8;
    public const int CodeIndex = 8;
    public const int CellValue = 8;
    public const int MethodFunc = 8, MethodSelf = 16;
    public const int BuiltinId = 8, BuiltinSelf = 16;
    // Type: [8 type index (raw)][16 version (raw)] then values
    public const int TypeIndex = 8, TypeVersion = 16, TypeName = 24, TypeQualName = 32, TypeDict = 40,
        TypeBases = 48, TypeMro = 56, TypeModule = 64;
    public const int ModuleDict = 8, ModuleName = 16;
    public const int RangeStart = 8, RangeStop = 16, RangeStep = 24, RangeLength = 32;
    public const int SliceStart = 8, SliceStop = 16, SliceStep = 24;
    public const int PropGet = 8, PropSet = 16, PropDel = 24, PropDoc = 32;
    public const int WrappedFunc = 8; // staticmethod, classmethod
    public const int SuperType = 8, SuperObj = 16, SuperObjType = 24;
    public const int TbNext = 8, TbCode = 16, TbLine = 24, TbName = 32;
    public const int ViewDict = 8, ViewKind = 16;
    // Iter: [8 index (raw)][16 a][24 b][32 c]
    public const int IterIndex = 8, IterA = 16, IterB = 24, IterC = 32;
    // itertools objects: the Iter layout and three more value words
    public const int IterD = 40, IterE = 48, IterF = 56, ItertoolsSize = 64;
    // operator.itemgetter [8 items], attrgetter [8 names][16 dotted paths], methodcaller [8 name][16 args][24 kwargs]
    public const int GetterA = 8, GetterB = 16, GetterC = 24, GetterSize = 32;
    // Generator: [8 ip (raw)][16 stack depth (raw)][24 state (raw)][32 code][40 function][48 saved frame
    //   (ValueArray: locals, cells, stack)][56 name][64 qualname][72 yield-from target][80 exc state]
    public const int GenIp = 8, GenDepth = 16, GenState = 24, GenCode = 32, GenFunction = 40, GenFrame = 48,
        GenName = 56, GenQualName = 64, GenYieldFrom = 72, GenExcState = 80;
}

public static class ObjectLayouts
{
    /// Which layouts carry a class word at Off.Class (all others have a fixed class).
    public static readonly bool[] HasClassWord = new bool[(int)TypeId.Count];

    public static void RegisterAll()
    {
        foreach (var t in new[] { TypeId.NoneType, TypeId.Bool, TypeId.EllipsisType, TypeId.NotImplementedType })
            Fixed(t, 16, 16, immutable: true);
        Fixed(TypeId.Float, 16, 16, immutable: true);
        Register(TypeId.BigInt, GcLayout.Bytes("int", 16, 16, immutable: true));
        Register(TypeId.Str, GcLayout.Bytes("str", 24, 24, immutable: true));
        Register(TypeId.Bytes, GcLayout.Bytes("bytes", 24, 24, immutable: true));
        Register(TypeId.Tuple, GcLayout.Values("tuple", 16, 16, immutable: true));
        Register(TypeId.ValueArray, GcLayout.Values("value array", 16, 16));
        Register(TypeId.ByteBuffer, GcLayout.Bytes("byte buffer", 16, 16));
        Register(TypeId.ByteArray, GcLayout.Fixed("bytearray", 24, 16));

        Prefixed(TypeId.Instance, Off.InstanceSlots + 8 * Off.InstanceInlineSlots);
        Prefixed(TypeId.Exception, Off.ExcSuppressContext + 8);
        Prefixed(TypeId.List, Off.ListStorage + 8);
        Prefixed(TypeId.Dict, Off.DictEntries + 8);
        Prefixed(TypeId.Set, Off.SetHash + 8);
        Prefixed(TypeId.FrozenSet, Off.SetHash + 8);
        Prefixed(TypeId.Function, Off.FuncDict + 8);
        Prefixed(TypeId.Deque, Off.DequeState + 8);

        Fixed(TypeId.Code, 16, 16, immutable: true);
        Fixed(TypeId.Cell, 16, 8);
        Fixed(TypeId.BoundMethod, 24, 8, immutable: true);
        Fixed(TypeId.BuiltinFunction, 24, 16, immutable: true);
        Fixed(TypeId.Type, Off.TypeModule + 8, 24);
        Fixed(TypeId.Module, 24, 8);
        Fixed(TypeId.Range, Off.RangeLength + 8, 8, immutable: true);
        Fixed(TypeId.Slice, 32, 8, immutable: true);
        Fixed(TypeId.Generator, Off.GenExcState + 8, 32);
        Fixed(TypeId.Property, 40, 8);
        Fixed(TypeId.StaticMethod, 16, 8);
        Fixed(TypeId.ClassMethod, 16, 8);
        Fixed(TypeId.Super, 32, 8, immutable: true);
        Fixed(TypeId.Traceback, 40, 8, immutable: true);
        Fixed(TypeId.DictView, 24, 8, immutable: true);
        for (var t = TypeId.ListIter; t <= TypeId.LastIter; t++) Fixed(t, 40, 16);
        for (var t = TypeId.ItCount; t <= TypeId.ItCombinationsWR; t++) Fixed(t, Off.ItertoolsSize, 16);
        for (var t = TypeId.OpItemGetter; t <= TypeId.OpMethodCaller; t++) Fixed(t, Off.GetterSize, 8, immutable: true);
    }

    private static void Register(TypeId id, GcLayout layout) => Layouts.Register((uint)id, layout);

    private static void Fixed(TypeId id, int size, int firstValue, bool immutable = false)
        => Register(id, GcLayout.Fixed(id.ToString(), size, firstValue, immutable));

    private static void Prefixed(TypeId id, int size)
    {
        Register(id, GcLayout.Fixed(id.ToString(), size, Off.Class));
        HasClassWord[(int)id] = true;
    }
}
