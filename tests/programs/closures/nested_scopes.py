# LEGB resolution: local, enclosing, global, builtin; shadowing builtins.
x = "global"
def level1():
    x = "level1"
    def level2():
        def level3():
            return x
        return level3()
    return level2()
print(level1())

def uses_global():
    return x
def shadows():
    x = "local"
    return x
print(uses_global(), shadows(), x)

def builtin_shadow():
    len = lambda v: "shadowed len"
    return len([1, 2])
print(builtin_shadow(), len([1, 2]))

max = lambda *a: "module-level max"
print(max(1, 2))
del max
print(max(1, 2))

def class_scope_demo():
    y = "enclosing"
    class Inner:
        y = "class attr"
        def method(self):
            return y
        z = y
    return Inner().method(), Inner.z, Inner.y
print(class_scope_demo())

def counter_factory():
    total = 0
    def add(n):
        nonlocal total
        def helper():
            return n * 2
        total += helper()
        return total
    return add
add = counter_factory()
print(add(1), add(5))

def deep(n):
    def a():
        def b():
            def c():
                return n + 1
            return c()
        return b()
    return a()
print(deep(41))
print([(lambda v: (lambda: v * 10))(k)() for k in range(3)])
def f():
    return g()
def g():
    return "g defined after f but found at call time"
print(f())
