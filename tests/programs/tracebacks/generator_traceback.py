# An exception raised inside a generator, consumed by a for loop in another function.
def read_numbers(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        yield lineno, float(line)

def total(text):
    s = 0.0
    for lineno, value in read_numbers(text):
        print(f"line {lineno}: {value}")
        s += value
    return s

print(total("1.5\n2.5\n\n3"))
print(total(""))
print(total("4\nfive\n6"))
