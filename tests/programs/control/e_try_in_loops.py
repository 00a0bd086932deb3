# try/except/finally inside loops with break/continue/return, and loops inside handlers.
def parse_all(items):
    results = []
    for item in items:
        try:
            value = int(item)
        except ValueError:
            results.append(f"bad:{item}")
            continue
        finally:
            results.append("|")
        if value < 0:
            break
        results.append(value)
    return results
print(parse_all(["1", "x", "2", "-1", "3"]))
def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            pass
        finally:
            print("  checked", repr(item))
    return None
print(first_valid(["a", "b", "7", "8"]))
log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(i)
    finally:
        log.append(f"f{i}")
print(log)
def retry(op, attempts):
    for attempt in range(1, attempts + 1):
        try:
            return op(attempt)
        except RuntimeError as e:
            print(f"  attempt {attempt} failed: {e}")
    raise RuntimeError("all attempts failed")
def flaky(n):
    if n < 3:
        raise RuntimeError(f"flake {n}")
    return f"ok on {n}"
print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", e.__context__)
errors = []
for text in ["1/0", "[][1]", "{}['k']", "int('z')", "None.x"]:
    try:
        if text == "1/0":
            1 / 0
        elif text == "[][1]":
            [][1]
        elif text == "{}['k']":
            {}["k"]
        elif text == "int('z')":
            int("z")
        else:
            None.x
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
for line in errors:
    print(line)
