# After a handler runs, the frame resumes with the handler's stack depth and the right
# instruction: exceptions raised mid-expression inside loops, nested try blocks, generators
# resumed by throw(), and the traceback line of each raising instruction.
import sys

def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno

def divide_all(xs):
    out = []
    for i, x in enumerate(xs):
        try:
            out.append((i, 10 // x + [1, 2][i % 3]))
        except ZeroDivisionError as e:
            out.append((i, "zero", line_of(e)))
        except IndexError as e:
            out.append((i, "index", line_of(e)))
    return out

print(divide_all([1, 0, 2, 5, 0, 3]))

def nested(n):
    total = 0
    for i in range(n):
        try:
            try:
                total += {0: 1}[i % 3] + 100 // (i % 2)
            except KeyError as e:
                total -= 1
                raise ValueError(f"bad {e}")
            finally:
                total += 1000
        except ValueError as e:
            total += len(str(e)) + line_of(e)
        except ZeroDivisionError:
            total += 7
    return total

print(nested(10))

def gen():
    k = 0
    while True:
        try:
            got = yield k
            k += got
        except RuntimeError as e:
            k = -k
            print("gen caught", e, line_of(e))

g = gen()
print(next(g), g.send(5), g.throw(RuntimeError("boom")), g.send(2))

def deep(n):
    return 1.5 * deep(n - 1) if n else [][n]

for n in (0, 3):
    try:
        deep(n)
    except IndexError as e:
        tb, lines = e.__traceback__, []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, e, lines)
print(sum(x * 0.5 for x in range(10) if x % 3), sys.exc_info()[0])
