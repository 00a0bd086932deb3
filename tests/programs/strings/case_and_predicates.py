# Case conversions and is* predicates.
samples = ["hello", "Hello World", "HELLO", "hello world", "123", "12.5", "abc123",
           "", " ", "\t\n", "Ünïcödé", "ß", "Title Case Here", "snake_case", "x1 y2"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
print("they're bill's friends".title())
print(len("ß".upper()), "straße".upper(), "STRASSE".lower())
print("_private".isidentifier(), "2bad".isidentifier(), "class".isidentifier(), "".isidentifier())
print("\x07".isprintable(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aZ 9_é\t"])
print("hello world".title().swapcase(), "MiXeD".lower().capitalize(), "a1b2".upper())
