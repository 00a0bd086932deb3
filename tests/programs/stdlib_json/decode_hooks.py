# loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant.
import json

doc = '{"a": 1, "b": 2.5, "c": [1, {"d": NaN}], "e": {"f": -Infinity}}'

def hook(d):
    print("  object_hook", sorted(d))
    return ("obj", len(d))

print(json.loads(doc, object_hook=hook))

def pairs(p):
    print("  pairs_hook", p)
    return p

print(json.loads(doc, object_pairs_hook=pairs))
# the pairs hook wins over object_hook
print(json.loads('{"x": {"y": 1}}', object_hook=hook, object_pairs_hook=lambda p: ["P"] + p))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))

print(json.loads("[1.5, 2, 1e3, -0.0]", parse_float=lambda s: "F" + s))
print(json.loads("[1.5, 2, -30, 0]", parse_int=lambda s: "I" + s))
print(json.loads("[1.5, 2]", parse_int=float, parse_float=str))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: s.lower()))

def no_constants(name):
    raise ValueError("constant " + name + " not allowed")

try:
    json.loads('{"x": [1, NaN]}', parse_constant=no_constants)
except ValueError as e:
    print(type(e).__name__, e)

# hooks called in document order, innermost first
order = []
json.loads('[{"n": 1, "in": {"n": 2}}, {"n": 3}]',
           object_hook=lambda d: order.append(d["n"]) or d["n"])
print(order)

# a hook that raises stops decoding
try:
    json.loads('[{"a": 1}]', object_hook=lambda d: d["missing"])
except KeyError as e:
    print(type(e).__name__, e)

# hook results are not checked
print(json.loads('{"k": {}}', object_hook=lambda d: None))

# a JSONDecoder can be reused and subclassed
dec = json.JSONDecoder(object_hook=lambda d: tuple(d.items()))
print(dec.decode('{"p": 1, "q": {"r": 2}}'))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx{"a": 1}yy', 2))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)

class Loud(json.JSONDecoder):
    def decode(self, s):
        print("  decoding", len(s), "chars")
        return super().decode(s)

print(json.loads("[true]", cls=Loud))
print(json.loads('{"a": 5}', cls=Loud, parse_int=lambda s: int(s) * 100))
