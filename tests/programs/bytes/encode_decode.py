# Encoding text to UTF-8 bytes and back; byte-level manipulation.
texts = ["ascii only", "grüße", "日本語テキスト", "emoji 🎉 party", ""]
for t in texts:
    enc = t.encode("utf-8")
    print(repr(t), len(t), len(enc), enc[:12], enc.decode("utf-8") == t)

def utf8_len(cp):
    return 1 if cp < 0x80 else 2 if cp < 0x800 else 3 if cp < 0x10000 else 4

for ch in "aé€😀":
    print(ch, hex(ord(ch)), utf8_len(ord(ch)), len(ch.encode()), [hex(x) for x in ch.encode()])

def manual_utf8(s):
    out = bytearray()
    for ch in s:
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += bytes([0xC0 | (cp >> 6), 0x80 | (cp & 0x3F)])
        elif cp < 0x10000:
            out += bytes([0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)])
        else:
            out += bytes([0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)])
    return bytes(out)

for t in texts:
    print(manual_utf8(t) == t.encode("utf-8"))
bad = [b"\x80", b"\xc3", b"\xed\xa0\x80", b"ok\xffok"]
for bs in bad:
    try:
        bs.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bs, e.start, e.end, e.reason)
print("abc".encode("ascii"), b"abc".decode("ascii"), "x".encode(encoding="utf-8"))
try:
    b"\xc3\xa9".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
