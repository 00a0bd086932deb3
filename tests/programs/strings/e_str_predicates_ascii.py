# ASCII predicates over every printable character class, and string constants built by hand.
groups = {"digits": "", "lower": "", "upper": "", "space": "", "punct": ""}
for c in map(chr, range(128)):
    if c.isdigit():
        groups["digits"] += c
    elif c.islower():
        groups["lower"] += c
    elif c.isupper():
        groups["upper"] += c
    elif c.isspace():
        groups["space"] += c
    elif c.isprintable():
        groups["punct"] += c
for name, chars in groups.items():
    print(name, len(chars), repr(chars))
print(sum(chr(c).isalnum() for c in range(128)), sum(chr(c).isprintable() for c in range(128)), sum(chr(c).isascii() for c in range(256)))
print("Hello World".isalpha(), "HelloWorld".isalpha(), "abc123".isalnum(), "abc 123".isalnum(), "".isalnum())
print("   ".isspace(), "".isspace(), "\t\n".isspace(), "a b".islower(), "A B".isupper(), "A b".istitle(), "A B".istitle())
print("12".isdigit(), "1.2".isdigit(), "-1".isdigit(), "1_0".isdecimal(), "0x1".isnumeric(), " 1".isdigit())
print("_private".isidentifier(), "9lives".isidentifier(), "with space".isidentifier(), "if".isidentifier())
