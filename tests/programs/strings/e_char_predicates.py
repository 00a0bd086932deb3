# isdigit/isdecimal/isnumeric/isalpha/isidentifier/isprintable/isspace/isascii on Unicode.
samples = ["123", "١٢٣", "²", "½", "Ⅻ", "三", "①", "१२", "12a", "", " ", "\t\n", "\u00a0", "\u200b",
           "abc", "é", "ǅ", "_x", "x1", "1x", "π", "a b", "\x1f", "€", "٣.٥", "𝟘𝟙"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isascii(), s.isprintable())
for s in ["abc", "_", "__init__", "1a", "a1", "a-b", "class", "None", "été", "ℕ", "x\u0301", "", "a b", "ǅ", "℘", "·a", "a·"]:
    print(repr(s), s.isidentifier())
print(int("١٢٣"), int("१२"), int("𝟘𝟙" + "5"), float("١.٥"))
for s in ["²", "½", "Ⅻ", "三"]:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u3000".isspace(), "\u200b".isspace())
print([c for c in "a1_ -é²" if c.isalnum()], [ord(c) for c in "\t\n\x0b" if c.isprintable()])
print("ABC".isupper(), "ABC1".isupper(), "1".isupper(), "aB".islower(), "ǅ".isupper(), "ǅ".islower())
print(str.isdigit("7"), str.isascii("\x7f"), str.isascii("\x80"), "\u0660".isdecimal())
