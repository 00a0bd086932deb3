# Explicit and implicit line continuations, semicolons, comments.
total = 1 + \
    2 + \
    3
print("backslash:", total)

values = [
    10,   # trailing comment
    20,
    30,   # trailing comma below
]
print("brackets:", values)

result = (values[0]
          * values[1]
          - values[2])
print("parens:", result)

config = {
    "a": 1,
    "b": (2,
          3),
}
print("dict:", config["a"], config["b"])

def add(a,
        b,
        c=0):
    return a + b + c

print("call:", add(1,
                   2,
                   c=3))

x = 1; y = 2; z = x + y
print("semicolons:", x, y, z)

if x == 1 and \
   y == 2:
    print("condition over two lines")

s = "abc" \
    "def"
print("string join:", s)

long_str = ("first part, "
            "second part, "
            'third part')
print(long_str)

for i in range(3): print("one-line for", i)
if z > 2: print("one-line if")
while z > 0: z -= 1
print("z after one-line while:", z)

class C: pass
print(C.__name__)
