# Case mappings on non-ASCII text: upper/lower/title/capitalize/swapcase/casefold.
words = ["straße", "ǅungla", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁnal", "hello WORLD", "ŉ", "ß", "Ⅻ", "ǈ"]
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()))
print("they're bill's friends".title(), "hello-world 3rd 1st_x".title(), "aBc dEF".capitalize())
print("ΌΣΟΣ".lower(), "ΑΣ ΒΣ".lower(), "Σ".lower(), "aΣ".lower(), "aΣb".lower())
print("ß".upper() == "SS", "straße".casefold() == "STRASSE".casefold(), "ǆ".title(), "ǆ".upper())
for w in ["Hello", "hello", "HELLO", "Hello World", "Hello world", "123", "", "ǅ", "A1b", "1A"]:
    print(repr(w), w.istitle(), w.isupper(), w.islower(), w.isalpha(), w.isalnum())
print("ÀÉÎ".lower(), "àéî".upper(), "ÿ".upper(), "µ".upper(), "ı".upper(), "ſ".upper())
print("ǰ".upper(), len("ǰ".upper()), "ﬀ".upper(), "ﬃ".title(), "ŉ".title())
print("Ǆemal".swapcase(), "ß".swapcase(), "ǅ".swapcase(), "ΣΑ".swapcase())
print("abc".center(9, "ü"), "é".ljust(3, "ß"), "x".rjust(4, "€"))
print("ĲSSEL".capitalize(), "ĳssel".title(), "ǉubljana".capitalize())
print(sorted(["b", "A", "é", "E", "a", "ß"]), sorted(["b", "A", "é", "E", "a", "ß"], key=str.casefold))
print(max("Zebra", "apple"), min("Zebra", "apple", key=str.lower))
