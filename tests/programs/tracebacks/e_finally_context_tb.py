# An exception raised in a finally block while another propagates: both printed, chained by context.
class ResourceError(Exception):
    pass
def release(name):
    print("releasing", name)
    raise ResourceError(f"could not release {name}")
def process(items):
    for item in items:
        try:
            print("processing", item)
            if item == "bad":
                raise ValueError(f"invalid item {item!r}")
        finally:
            if item == "bad":
                release(item)
def run():
    try:
        process(["a", "b", "bad", "c"])
    except ZeroDivisionError:
        print("not this one")
print("begin")
results = [len(x) for x in ["one", "three"]]
print(results)
print("step 1")
print("step 2")
print("step 3")
print("step 4")
print("step 5")
run()
