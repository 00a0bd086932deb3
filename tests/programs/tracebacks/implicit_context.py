# An exception raised while handling another: "During handling of the above exception..."
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("lookup failed, computing fallback")
        return fallback(key)

def fallback(key):
    return len(key) / (len(key) - 3)

print(lookup({"abc": 1}, "abc"))
print(lookup({}, "abcd"))
print(lookup({}, "xyz"))
