# print(): sep, end, file, flush, multiple args, and writing to sys.stderr.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=",")
print("no newline", end="")
print(" continued")
print(*range(5))
print(*"abc", sep="-")
print("to stdout explicitly", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.write("written with sys.stdout.write\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
sys.stderr.write("stderr via write\n")
class Loud:
    def __str__(self):
        return "Loud.__str__"
print(Loud(), [Loud.__name__])
print("multi\nline\n", end="")
print("", end="")
print("tab\tseparated", "x", sep="\t")
