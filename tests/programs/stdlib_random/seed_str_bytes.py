# str, bytes and bytearray seeds (version 2 hashes them with sha512; version 1 the old way).
import random

for seed in ["", "a", "hello world", "héllo ☃", b"", b"bytes seed", bytearray(b"bytes seed"), "x" * 1000]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.randrange(1000))

random.seed("spam")
x = random.random()
random.seed(b"spam")
print(x == random.random())

for seed in ["", "abc", b"abc", "long string " * 10]:
    random.seed(seed, version=1)
    print(repr(seed)[:20], "v1", random.random())

random.seed(5, version=1)
y = random.random()
random.seed(5)
print("int ignores version", y == random.random())

r = random.Random("instance seed")
print(r.random(), r.randint(1, 6))
r.seed(b"other", version=2)
print(r.random())
