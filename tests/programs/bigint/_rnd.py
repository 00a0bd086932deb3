# A deterministic generator of big-int operands for the differential programs (a 64-bit
# LCG, so that the operands are the same in every run and every implementation).
state = 20261122
EDGES = (31, 32, 33, 61, 62, 63, 64, 65, 95, 96, 97, 127, 128, 129, 160, 192)
SIZES = (0, 1, 5, 30, 31, 32, 33, 40, 61, 62, 63, 64, 65, 66, 90, 96, 100, 127, 128, 129,
         200, 255, 256, 257, 400, 640, 1000, 1500, 2100)


def bits(n):
    global state
    r, got = 0, 0
    while got < n:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        r = (r << 32) | (state >> 32)
        got += 32
    return r >> (got - n)


def choice(seq):
    return seq[bits(16) % len(seq)]


def operand():
    kind = bits(3)
    if kind == 0:
        k = choice(EDGES)
        x = 2**k + choice((-2, -1, 0, 1, 2))
    elif kind == 1:
        x = (2**choice(EDGES) - 1) << choice((0, 1, 32, 64))
    else:
        x = bits(choice(SIZES))
    return -x if bits(1) else x


def digest(x):
    if -2**128 < x < 2**128:
        return str(x)
    return "%d:%x:%d" % (x.bit_length(), x & 0xFFFFFFFFFFFFFFFF, hash(x))
