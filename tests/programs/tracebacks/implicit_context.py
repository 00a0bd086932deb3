# An exception raised while handling another: "During handling of the above exception..."
CACHE = {"abc": 1}

def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("lookup failed, computing fallback for", repr(key))
        return fallback(key)

def fallback(key):
    return len(key) / (len(key) - 3)

print(lookup(CACHE, "abc"))
print(lookup({}, "abcd"))
print(lookup({}, "ab"))
print(lookup({}, "xyz"))
