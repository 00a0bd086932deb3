# dumps options: separators, indent (int and str), sort_keys, ensure_ascii.
import json

data = {"name": "Widget", "tags": ["a", "b"], "size": {"w": 2, "h": 3.5},
        "empty_list": [], "empty_dict": {}, "ok": True, "none": None}

print(json.dumps(data))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" , ", " : ")))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent="--"))
print(json.dumps(data, indent=-3))
print(json.dumps(data, indent=1, separators=(", ", ": ")))
print(json.dumps([1, [2, [3, []]], {}], indent=3))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("text", indent=4), json.dumps(5, indent=4))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
print(json.dumps({3: "x", 1: "y", 2: "z"}, sort_keys=True))

print(json.dumps("caf\u00e9 \u2603 \U0001f600"))
print(json.dumps("caf\u00e9 \u2603 \U0001f600", ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00e8"}, ensure_ascii=False, indent=1))

try:
    json.dumps({"a": 1, 2: "b"}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)

try:
    json.dumps([1], indent=2.5)
except TypeError as e:
    print(type(e).__name__, e)

enc = json.JSONEncoder(indent=2)
print(enc.item_separator == ",", enc.key_separator)
print(json.JSONEncoder().item_separator, json.JSONEncoder().key_separator)
print(enc.encode({"k": [1, 2]}))
