// OWNER: object-model helper. Exception instances: args, traceback, cause, context.
using Stmvm.Gc;

namespace Stmvm.Vm;

public static class ExceptionObjects
{
    /// type(message): args = (message,)
    public static Value Create(PyType type, string message) => throw new NotImplementedException();
    public static Value CreateNoArgs(PyType type) => throw new NotImplementedException();
    public static Value CreateWithArg(PyType type, Value arg) => throw new NotImplementedException();
}
