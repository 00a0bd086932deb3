# Encoding errors: unserializable values, bad keys, NaN with allow_nan=False, cycles.
import json

class Thing:
    pass

for bad in [{1, 2}, b"bytes", Thing(), object, len, frozenset()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)

for key in [(1, 2), frozenset(), Thing()]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print(type(e).__name__, e)
    print(json.dumps({key: 1, "kept": 2}, skipkeys=True))

print(json.dumps({"a": 1, (1,): 2, "b": 3}, skipkeys=True, indent=1))

for v in [float("nan"), float("inf"), -float("inf")]:
    print(json.dumps(v), json.dumps([v]), json.dumps({v: v}))
    for opts in [{}, {"indent": 1}]:
        try:
            json.dumps([v], allow_nan=False, **opts)
        except ValueError as e:
            print(type(e).__name__, e)
        try:
            json.dumps({v: 1}, allow_nan=False, **opts)
        except ValueError as e:
            print(type(e).__name__, e)

a = [1, 2]
a.append(a)
d = {"x": 1}
d["self"] = d
for obj in [a, d, [d], {"k": [a]}]:
    for opts in [{}, {"indent": 2}]:
        try:
            json.dumps(obj, **opts)
        except ValueError as e:
            print(type(e).__name__, e)

# the same object twice (not a cycle) is fine
shared = [1]
print(json.dumps([shared, shared, {"s": shared}]))

try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print(type(e).__name__)

# an error inside a nested value stops the whole encoding
try:
    json.dumps({"ok": [1, 2, {"bad": {3}}]})
except TypeError as e:
    print(type(e).__name__, e)
