# Numbers: big ints, float reprs, exponents, negative zero, number grammar edges.
import json

ints = [0, -0, 7, -7, 2**31, 2**63, -2**63 - 1, 2**64 + 1, 10**40, -(10**40) + 3]
print(json.dumps(ints))
print(json.loads(json.dumps(ints)) == ints)
print(json.loads("123456789012345678901234567890"), type(json.loads("12345678901234567890")).__name__)
print(json.loads("-98765432109876543210"))

floats = [0.1, 0.5, 1.0, -1.5, 1e16, 1.5e-7, 123456789.123, 1e22, 1e23, 5e-324,
          1.7976931348623157e308, 2.0**53, -0.0, 0.1 + 0.2, 1 / 3]
print(json.dumps(floats))
print(json.loads(json.dumps(floats)) == floats)
for text in ["1E5", "1e+5", "1e-5", "2.50", "-0", "-0.0", "0.000001", "1e400", "-1e400",
             "1e-400", "12.5e2", "0e0", "10", "100000000000000000000000.0"]:
    v = json.loads(text)
    print(text, "->", repr(v), type(v).__name__)

# int subclasses and float subclasses are written as the plain values
class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

print(json.dumps([MyInt(5), MyFloat(2.5), True, False]))
print(json.dumps({MyInt(1): MyFloat(0.5)}, indent=1))
print(json.dumps(True), json.dumps(1), json.dumps(1.0))

big = int("9" * 300)
print(json.loads(json.dumps(big)) == big, len(json.dumps(big)))

try:
    json.loads("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)

# leading zeros and trailing garbage
for text in ["00", "-01", "1.2.3", "1e5e5", "0x10", "1_000"]:
    try:
        print(text, "->", json.loads(text))
    except json.JSONDecodeError as e:
        print(text, "->", e)
print(json.loads("[1,2.0,-3e0]"))
