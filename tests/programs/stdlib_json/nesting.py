# Deep nesting: fine below the recursion limit, RecursionError beyond it (never a crash).
import json
import sys

def nested_list(n):
    v = []
    for _ in range(n):
        v = [v]
    return v

def nested_dict(n):
    v = {}
    for _ in range(n):
        v = {"k": v}
    return v

for n in [1, 10, 100, 500]:
    text = json.dumps(nested_list(n))
    print(n, len(text), json.loads(text) == nested_list(n))
    text = json.dumps(nested_dict(n), indent=1)
    print(n, len(text), json.loads(text) == nested_dict(n))

for doc in ["[" * 100000, "[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print(type(e).__name__, e)

for value in [nested_list(5000), nested_dict(5000)]:
    try:
        json.dumps(value)
    except RecursionError as e:
        print(type(e).__name__, e)
    try:
        json.dumps(value, indent=1)
    except RecursionError as e:
        print(type(e).__name__)

# a lower limit lowers the depth that works
sys.setrecursionlimit(200)
try:
    json.loads("[" * 300 + "]" * 300)
except RecursionError as e:
    print("limit 200:", type(e).__name__)
print(len(json.loads("[" * 50 + "]" * 50)))
sys.setrecursionlimit(1000)

# wide rather than deep is fine
wide = list(range(10000))
print(json.loads(json.dumps(wide)) == wide)
print(len(json.dumps({str(i): [i] * 3 for i in range(2000)})))
