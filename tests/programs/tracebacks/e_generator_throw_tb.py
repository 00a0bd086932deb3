# Uncaught exception thrown into a generator and re-raised from inside it: frames of the generator show.
def worker():
    total = 0
    while True:
        try:
            value = yield total
        except KeyError as e:
            print("worker saw", repr(e))
            raise ValueError(f"worker could not handle {e}") from e
        total += value
def drive(gen):
    print(next(gen), gen.send(5), gen.send(10))
    gen.throw(KeyError("bad key"))
def main():
    g = worker()
    drive(g)
print("start")
for i in range(3):
    print("line", i)
print("calling main")
print("this is the line before the crash")
print("more output")
print("and more")
print("almost")
print("now")
main()
