# Realistic string processing: palindromes, anagrams, run-length encoding, word wrap.
def is_palindrome(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]

for phrase in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "ab"]:
    print(repr(phrase), is_palindrome(phrase))

def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]

print(anagram_groups(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))

def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)

for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    enc = rle(s)
    print(repr(s), enc, unrle(enc) == s)

def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines

text = "The quick brown fox jumps over the lazy dog and keeps running far away"
for line in wrap(text, 16):
    print(f"|{line:<16}|")
print(max(text.split(), key=len), min(text.split(), key=len), sorted(text.lower().split(), key=lambda w: (len(w), w))[:5])
