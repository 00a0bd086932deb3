# Word count: generate a deterministic text from a small vocabulary with an LCG, then
# split, normalise, count words and bigrams in dicts, and rank them (str methods,
# dict get/set with str keys, sorting with keys).
import sys

VOCAB = ("the quick brown fox jumps over lazy dog and cat while river stone "
         "Light DARK silver golden ancient modern city village mountain valley "
         "runs walks sleeps dreams sings writes reads under above between "
         "data program virtual machine memory thread lock atomic commit").split()
PUNCT = [",", ".", ";", "!", "?", ""]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_text(n_words, rng):
    lines = []
    words = []
    for i in range(n_words):
        w = VOCAB[rng.next(len(VOCAB))]
        if rng.next(4) == 0:
            w = w.capitalize()
        words.append(w + PUNCT[rng.next(len(PUNCT))])
        if len(words) == 12:
            lines.append(" ".join(words))
            words = []
    lines.append(" ".join(words))
    return "\n".join(lines)


def normalise(word):
    return word.strip(",.;!?").lower()


def count(text):
    words = {}
    bigrams = {}
    lengths = {}
    prev = None
    for line in text.splitlines():
        for raw in line.split():
            w = normalise(raw)
            if not w:
                continue
            words[w] = words.get(w, 0) + 1
            if prev is not None:
                key = prev + " " + w
                bigrams[key] = bigrams.get(key, 0) + 1
            lengths[len(w)] = lengths.get(len(w), 0) + 1
            prev = w
    return words, bigrams, lengths


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    text = make_text(n, Lcg(42))
    words, bigrams, lengths = count(text)
    print("chars", len(text), "lines", text.count("\n") + 1, "distinct", len(words), len(bigrams))
    for w, c in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
        print("%-10s %d" % (w, c))
    top = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(", ".join("%s=%d" % kv for kv in top))
    print(sorted(lengths.items()))
    h = 0
    for w in sorted(words):
        for ch in w:
            h = (h * 131 + ord(ch)) % 1000000007
    print("hash", h, "upper", sum(1 for w in text.split() if w[0].isupper()))


main()
