# Invalid syntax: a keyword used as an assignment target.
# The file is compiled before anything runs, so nothing is printed.
print("never printed")

def add(a, b):
    return a + b

x = add(1, 2)
y = 2
class = x + y
print(class)

def unreachable():
    return "the compiler stops at the first error"

print(unreachable())
