# String literal forms: quotes, escapes, raw, triple-quoted, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab:\tend", "newline:\nend")
print("backslash: \\ bell-less", "null: [\0]".replace("\0", "NUL"))
print("\x41\x42\x43", "\101\102", "\u00e9", "\U0001F600" == "\U0001f600", "\N{LATIN SMALL LETTER A}")
print(len("\U0001F600"), ord("\u20ac"))
print(r"raw \n stays", R"C:\path\to", r'\d+\.\d+')
print(len(r"\n"), len("\n"))
text = """line one
line two
    indented"""
print(text)
print(text.splitlines())
joined = "abc" 'def' """ghi"""
print(joined)
cont = """a\
b"""
print(cont)
print(repr("quote ' and \""), repr('only \''), repr("tab\t"), repr("\x7f\x00"))
print(repr("é ü ß"), ascii("é ü ß"), repr("\u2028"))
print('''She said "yes" and 'no' ''')
b = ''
print(len(b), repr(b), bool(b))
print(str(), str(123), str(None), str([1, "a"]))
print("a" "b" == "ab", "x" * 3, 3 * "yz", "ab" + "cd")
