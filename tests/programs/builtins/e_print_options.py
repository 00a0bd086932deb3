# print(): sep and end variants, None values, flush, file=sys.stdout, non-str objects, and argument errors.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ", end=" <end>\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print("no newline", end="")
print(" continued")
print("x", sep=None, end=None)
print(*range(5), sep=", ")
print(*"abc")
print("to stdout", file=sys.stdout, flush=True)
print("", end="")
print(end="only end\n")
print("multi\nline", "text", sep="\n")
for bad in [dict(sep=5), dict(end=[]), dict(file=5), dict(bogus=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print("hello", "world", file=w, sep="_", end="!", flush=True)
print(w.parts)
print(sys.stdout.write("direct write\n"))
