# Case conversions and is* predicates.
samples = ["hello", "Hello World", "HELLO", "hello world", "123", "12.5", "abc123",
           "", " ", "\t\n", "Ünïcödé", "ß", "Title Case Here", "snake_case", "x1 y2"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
print("they're bill's friends".title())
print("ﬁ".upper(), "İ".lower() == "i̇", len("ß".upper()), "ΣΑΣ".lower())
print("_private".isidentifier(), "2bad".isidentifier(), "class".isidentifier(), "".isidentifier())
print("\x07".isprintable(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "٣".isdecimal())
