# dump and load with file-like objects, and iterencode's chunks.
import json

class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        print("  read() called")
        return self.text

w = Writer()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, w)
print(w.chunks)
print(json.load(Reader("".join(w.chunks))))

w = Writer()
json.dump([1, [2, 3], {}, {"k": [True]}], w, indent=2)
print(w.chunks)

w = Writer()
json.dump({"x": 1, "y": 2}, w, separators=(",", ":"), sort_keys=True)
print(w.chunks)

w = Writer()
json.dump("just a string", w)
json.dump(42, w)
print(w.chunks)

# an error part way: the chunks before it were written
w = Writer()
try:
    json.dump([1, "two", {"three": 3, "bad": {4}}], w)
except TypeError as e:
    print(type(e).__name__, e)
print(w.chunks)

enc = json.JSONEncoder(indent=1)
it = enc.iterencode({"list": [1, 2]})
print(type(it).__name__)
print(list(it))
print(list(json.JSONEncoder().iterencode([])))
print(list(json.JSONEncoder().iterencode("s")))
print(list(json.JSONEncoder().iterencode([1, [2], 3])))

print(json.load(Reader('{"loaded": true}'), object_hook=lambda d: list(d)))
print(json.load(Reader(b'[1, 2]')))
