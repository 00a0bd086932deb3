# Integer seeds: small, negative (absolute value used), multi-word and huge ints.
import random

for seed in [0, 1, -1, 42, 12345, 2**31, 2**32 - 1, 2**32, 2**64 + 7, -(2**64 + 7), 3**100]:
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(16))

random.seed(99)
first = [random.random() for _ in range(5)]
random.seed(99)
again = [random.random() for _ in range(5)]
print(first == again, first[-1])

random.seed(-99)
print(random.random() == first[0])

# Enough draws to regenerate the state several times.
random.seed(7)
total = 0.0
for i in range(2000):
    total += random.random()
print(round(total, 6), random.random())

random.seed(True)
a = random.random()
random.seed(1)
print(a == random.random())

class MyInt(int):
    def __abs__(self):
        return 5

random.seed(MyInt(-3))
b = random.random()
random.seed(3)
print(b == random.random())
