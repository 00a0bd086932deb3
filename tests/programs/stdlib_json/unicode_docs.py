# Unicode documents: non-ASCII keys and values, astral characters, bytes input.
import json

data = {"gr\u00fc\u00dfe": "\u4f60\u597d", "emoji": "\U0001f389\U0001f680",
        "mixed": ["\u00e9", "\u03a9", "\u0416", "\U00010348"], "\u2603": None}
a = json.dumps(data)
u = json.dumps(data, ensure_ascii=False)
print(a)
print(ascii(u))
print(json.loads(a) == data, json.loads(u) == data)
print(len(a), len(u))

print(json.loads('"\\u00e9t\\u00e9"'))
print(ascii(json.loads('["\\uD834\\uDD1E", "\\ud834\\udd1e"]')))
print(json.loads('{"\u00e9": "\u00e8"}'))

encoded = u.encode("utf-8")
print(type(encoded).__name__, json.loads(encoded) == data)
print(json.loads(b'"\xe2\x82\xac"') == "\u20ac")
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

# sort_keys orders by code point
keys = {"b": 1, "\u00e9": 2, "A": 3, "a": 4, "\U0001f600": 5, "Z": 6}
print(ascii(json.dumps(keys, sort_keys=True, ensure_ascii=False)))
print(json.dumps(keys, sort_keys=True))

# indentation with a non-ASCII indent string
print(ascii(json.dumps([1, [2]], indent="\u00b7\u00b7")))
# separators with non-ASCII text
print(ascii(json.dumps({"a": [1, 2]}, separators=("\u00a6", "\u2192"))))
