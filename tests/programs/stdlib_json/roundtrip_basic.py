# Round trips of the basic types through dumps and loads.
import json

values = [
    None, True, False, 0, 1, -1, 42, 3.5, -0.25, "", "hello",
    [], {}, [1, 2, 3], {"a": 1, "b": [True, None]},
    {"nested": {"deeper": {"deepest": [1, [2, [3, [4]]]]}}},
    [1.0, 2.5, -3.75, 1e100, 1e-100],
    ["mixed", 1, 2.0, None, False, {"k": "v"}],
]
for v in values:
    text = json.dumps(v)
    back = json.loads(text)
    print(repr(text), back == v, type(back).__name__)

# tuples become lists
print(json.dumps((1, 2, (3, 4))))
print(json.loads(json.dumps((1, 2))))

# dict order is kept
d = {"z": 1, "a": 2, "m": 3}
print(json.dumps(d))
print(list(json.loads(json.dumps(d))))

# whitespace around values
print(json.loads("  [ 1 , 2 ,\n\t3 ]  "))
print(json.loads('\r\n{ "a" :\t1 }\n'))
print(json.loads("  7  "), json.loads('"s"'), json.loads("null"))
print(json.loads("true"), json.loads("false"))
print(json.loads("[[], {}, [[]], [{}]]"))

# the same key twice: the last one wins
print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'))

# bytes and bytearray documents are UTF-8
print(json.loads(b'{"x": [1, 2]}'))
print(json.loads(bytearray(b'"caf\xc3\xa9"')))
print(json.loads(b'\xef\xbb\xbf[1, 2]'))

# keys are always str after a round trip
print(json.loads(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"})))
