# String literals: every escape, raw strings, implicit concatenation across kinds, triple quotes and line continuations.
print("tab\there", 'quote\'s', "dq\"s", "back\\slash", "nul\0end" == "nul\x00end", "bell\a"[-1] == "\x07")
print(repr("\a\b\f\n\r\t\v"), repr("\x41\x62"), repr("\101\60\7"), repr("\u00e9\U0001F600"), repr("\N{BULLET}"))
print(r"raw\n\t", r'raw\'quote', r"\\", len(r"\x41"), R"upper\R", rb"raw bytes\n", Rb"x\t")
print("implicit" " concat" ' mixed', "a" r"\b" "c", ("multi"
      "line" "join"))
s = """triple "double" with 'single'
second line\
 continued"""
print(s, len(s.splitlines()))
t = '''it's
ok'''
print(repr(t))
print("line one \
line two")
print(repr("\
"), "\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{greek small letter alpha}")
print(len("\U0010ffff"), ord("\U0010ffff"), "\uffff" < "\U00010000", repr("\x7f\x80\xa0\xad"))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"), str("'\""), repr("\u2028\u0085"), repr("\ud7ff"))
print(f"{'nested'}" "plain" f'{1+1}', "%s" "%d" % ("a", 1), "{}" "{}".format(1, 2))
print(ascii("héllo\n"), ascii("日本"), ascii("\U0001F600"), ascii(b"\xff"), ascii(["é"]))
print("\x00".isprintable(), "a\tb".expandtabs(4), "\\N{BULLET}", len("\\N{BULLET}"), "€" == "\u20ac" == "\N{EURO SIGN}")
print('' == "", """""" == '', r"" == "", len(""" """), repr(''''"'''))
