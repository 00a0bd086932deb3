# Building strings: join vs concatenation, repeated formatting, str() of numbers, and text wrapping by hand.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts), "".join(reversed(parts)), " + ".join(parts[:4]) + " = " + str(sum(map(int, parts[:4]))))
text = "the quick brown fox jumps over the lazy dog and keeps running far away"
width = 20
line, lines = "", []
for word in text.split():
    if line and len(line) + 1 + len(word) > width:
        lines.append(line)
        line = word
    else:
        line = word if not line else line + " " + word
lines.append(line)
for l in lines:
    print(f"|{l:<{width}}|")
print("\n".join(l.center(width, ".") for l in lines[:2]))
s = ""
for ch in "abc":
    s += ch * 2
print(s, s[::2], s.count("a"), "-".join(s), "".join(sorted(s, reverse=True)))
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
widths = [max(len(str(row[i])) for row in table) for i in range(2)]
for row in table:
    print(" | ".join(str(cell).ljust(w) for cell, w in zip(row, widths)))
print(str(1.0), str(10 ** 20), str(-0.0), str(1e-7), str(True), str(None), str(3 + 0.5), "".join(map(str, [1, 2.5, None])))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "_".join("CamelCaseString".lower()), "".join(c if c.islower() else "_" + c.lower() for c in "camelCaseName"))
