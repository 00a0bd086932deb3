# Realistic dict usage: counting, grouping, inverting, nested dicts.
text = """the rain in spain falls mainly on the plain
in spain the rain is plain and the plain is in spain"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:5])
by_len = {}
for word in sorted(counts):
    by_len.setdefault(len(word), []).append(word)
print(sorted(by_len.items()))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
inverse = {}
for word, c in counts.items():
    inverse.setdefault(c, []).append(word)
print({c: sorted(ws) for c, ws in sorted(inverse.items())})
db = {
    "alice": {"age": 31, "langs": ["python", "c"]},
    "bob": {"age": 27, "langs": ["go"]},
}
db["carol"] = {"age": 40, "langs": []}
db["bob"]["langs"].append("rust")
db["alice"]["age"] += 1
for name, info in db.items():
    print(f"{name}: {info['age']} {', '.join(info['langs']) or '-'}")
lang_users = {}
for name, info in db.items():
    for lang in info["langs"]:
        lang_users.setdefault(lang, set()).add(name)
print(sorted((lang, sorted(users)) for lang, users in lang_users.items()))
def deep_get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
cfg = {"server": {"http": {"port": 8080, "host": "localhost"}}, "debug": False}
for p in ["server.http.port", "server.http.host", "server.tls", "debug", "debug.level"]:
    print(p, "->", deep_get(cfg, p, "<none>"))
