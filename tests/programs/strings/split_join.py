# split, rsplit, splitlines, join, partition.
s = "  the quick  brown fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.strip().split(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("a\tb\x0bc\x0cd e".split())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(4)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("key=value=x".partition("="), "novalue".partition("="), "a=b=c".rpartition("="), "abc".rpartition("z"))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".split(".", 1), "a  b".split(" "))
csv = "name,age,city\nAnn,31,Oslo\nBob,27,Rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
for r in body:
    print(dict(zip(header, r)))
words = "It was the best of times it was the worst of times".lower().split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print("|".join(w.capitalize() for w in "hello big world".split()))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "x--y--z".split(sep="--"))
