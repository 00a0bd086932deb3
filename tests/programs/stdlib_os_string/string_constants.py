# The constants of the string module and capwords.
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))

print(string.capwords("hello   world, this is  python"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c d", "-"))
print(string.capwords("HELLO wORLD"))
print(string.capwords(""), repr(string.capwords("   ")))
print(string.capwords("tab\tseparated\nlines"))
print([n for n in sorted(string.__all__) if n != "Formatter"])
print("A" in string.ascii_uppercase, "g" in string.hexdigits, "8" in string.octdigits)
print(all(c in string.printable for c in "Hello, World!\n"))
try:
    string.capwords(5)
except AttributeError as e:
    print(type(e).__name__, e)
