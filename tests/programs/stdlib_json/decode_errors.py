# Every JSONDecodeError message, with its position, line and column.
import json

docs = [
    "", "   ", "x", "[", "[1", "[1,", "[1,]", "[1 2]", "]", "{", '{"a"', '{"a":',
    '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', "{1: 2}", "{'a': 1}", '"abc',
    '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\\ud800\\u12"', '"a\nb"', '"tab\there"',
    "[1] x", "1 2", "nul", "tru", "fals", "-", "-x", "01", "1.", ".5", "1e", "1.5e+",
    "+1", "[NaN, Infinity, -Infinity, -Inf]", "\ufeff[1]", "[\n  1,\n  2\n  3\n]",
    '{\n  "a": 1,\n  "b"\n}', "[\"ok\", \"bad\\q\"]",
]
for doc in docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", type(e).__name__, e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[1, 2")
except ValueError as e:
    print("caught as ValueError:", e, e.args)

e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno)
print(json.decoder.JSONDecodeError is json.JSONDecodeError)

for bad in [5, None, [1], {"a": 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
