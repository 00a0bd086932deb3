# String escaping in dumps and unescaping in loads.
import json

samples = ["plain", 'quote " inside', "back\\slash", "slash /", "tab\tnew\nline\r",
           "\b\f", "\x00\x01\x1f", "\x7f", "caf\u00e9", "\u2028\u2029", "\U0001f600",
           chr(0xd800), chr(0xdfff), chr(0xd83d) + chr(0xde00)]
for s in samples:
    a = json.dumps(s)
    u = json.dumps(s, ensure_ascii=False)
    print(ascii(a), ascii(u), json.loads(a) == s, json.loads(u) == s)

print(json.loads(r'"\" \\ \/ \b \f \n \r \t"') == '" \\ / \b \f \n \r \t')
print(ascii(json.loads(r'"\u0041\u00e9\u20AC\uD83D\uDE00"')))
print(ascii(json.loads(r'"\ud83d"')), ascii(json.loads(r'"\ude00\ud83d"')))
print(ascii(json.loads(r'"\ud83d\u0041"')), ascii(json.loads(r'"\ud83dx"')))
print(ascii(json.loads('"\u00e9\U0001f600"')))
print(json.loads('"abc"'), len(json.loads('"' + "x" * 1000 + '"')))

from json.encoder import encode_basestring, encode_basestring_ascii
print(encode_basestring('a"b\n\u00e9'), encode_basestring_ascii('a"b\n\u00e9'))
print(encode_basestring_ascii("\U0010ffff"))
try:
    encode_basestring(5)
except TypeError as e:
    print(type(e).__name__, e)

from json.decoder import scanstring
print(scanstring('"hello" tail', 1))
print(scanstring('x"a\\nb"', 2))
print(scanstring('"a\tb"', 1, False))
for args in [('"abc', 1), ('"a\tb"', 1), ('"abc"', 9)]:
    try:
        print(scanstring(*args))
    except ValueError as e:
        print(type(e).__name__, e)

# control characters are allowed with strict=False
print(ascii(json.loads('"a\nb\tc"', strict=False)))
print(ascii(json.loads('{"k\x01": "v\x02"}', strict=False)))
