# JSON-like serializer: build nested documents (dicts, lists, strings with escapes,
# ints, floats, booleans, None), serialize them to text by hand, parse the text back
# with a hand-written scanner and compare (string building, isinstance dispatch,
# dict iteration, recursion).
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}
WORDS = ["alpha", "beta", "gamma", "delta", "tab\there", 'quote"d', "back\\slash", "line\nbreak", "ünï", ""]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_doc(rng, depth):
    r = rng.next(10)
    if depth == 0 or r < 3:
        k = rng.next(6)
        if k == 0:
            return rng.next(100000) - 50000
        if k == 1:
            return rng.next(10000) / 64.0
        if k == 2:
            return WORDS[rng.next(len(WORDS))]
        if k == 3:
            return rng.next(2) == 1
        if k == 4:
            return None
        return WORDS[rng.next(len(WORDS))] * 2
    if r < 6:
        return [make_doc(rng, depth - 1) for _ in range(rng.next(6))]
    return {WORDS[rng.next(len(WORDS))] + str(i): make_doc(rng, depth - 1) for i in range(rng.next(6))}


def dump_str(s, out):
    out.append('"')
    for ch in s:
        out.append(ESCAPES.get(ch, ch))
    out.append('"')


def dump(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(repr(v))
    elif isinstance(v, str):
        dump_str(v, out)
    elif isinstance(v, list):
        out.append("[")
        for i, item in enumerate(v):
            if i:
                out.append(", ")
            dump(item, out)
        out.append("]")
    else:
        out.append("{")
        first = True
        for k, item in v.items():
            if not first:
                out.append(", ")
            first = False
            dump_str(k, out)
            out.append(": ")
            dump(item, out)
        out.append("}")


class Scanner:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.text[self.pos] == " ":
            self.pos += 1

    def value(self):
        self.skip()
        c = self.text[self.pos]
        if c == "{":
            self.pos += 1
            result = {}
            self.skip()
            if self.text[self.pos] == "}":
                self.pos += 1
                return result
            while True:
                self.skip()
                key = self.string()
                self.skip()
                self.expect(":")
                result[key] = self.value()
                self.skip()
                if self.text[self.pos] == "}":
                    self.pos += 1
                    return result
                self.expect(",")
        if c == "[":
            self.pos += 1
            result = []
            self.skip()
            if self.text[self.pos] == "]":
                self.pos += 1
                return result
            while True:
                result.append(self.value())
                self.skip()
                if self.text[self.pos] == "]":
                    self.pos += 1
                    return result
                self.expect(",")
        if c == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-0123456789.e+":
            self.pos += 1
        num = self.text[start:self.pos]
        return float(num) if "." in num or "e" in num else int(num)

    def expect(self, ch):
        if self.text[self.pos] != ch:
            raise ValueError("expected %r at %d" % (ch, self.pos))
        self.pos += 1

    def string(self):
        self.expect('"')
        parts = []
        while True:
            c = self.text[self.pos]
            self.pos += 1
            if c == '"':
                return "".join(parts)
            if c == "\\":
                parts.append(UNESCAPES[self.text[self.pos]])
                self.pos += 1
            else:
                parts.append(c)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    rng = Lcg(2024)
    total_len = 0
    h = 0
    for i in range(n):
        doc = make_doc(rng, 6)
        out = []
        dump(doc, out)
        text = "".join(out)
        back = Scanner(text).value()
        if back != doc:
            raise RuntimeError("round trip failed for document %d" % i)
        total_len += len(text)
        for ch in text[::7]:
            h = (h * 33 + ord(ch)) % 1000000007
        if i < 2:
            print(text[:100])
    print("documents", n, "chars", total_len, "hash", h)


main()
