// OWNER: interpreter helper. Module objects (a name and a namespace dict, old space),
// the table of loaded modules (sys.modules) and of native modules.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class Modules
{
    /// A new module object named `name` with an empty namespace (old space).
    public static Value New(string name) => throw new NotImplementedException();
    public static Value DictOf(Value module) => throw new NotImplementedException();
    /// Makes a native module importable by name (called from [Setup(SetupPhase.Modules)] methods).
    public static void RegisterNative(string name, Value module) => throw new NotImplementedException();
}
