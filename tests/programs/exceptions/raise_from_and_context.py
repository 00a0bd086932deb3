# Exception chaining: __cause__, __context__, __suppress_context__, raise ... from None.
class ConfigError(Exception):
    pass

def load(key):
    data = {"port": "80x"}
    try:
        return int(data[key])
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e
    except ValueError as e:
        raise ConfigError(f"bad value for {key!r}") from None

for key in ("host", "port"):
    try:
        load(key)
    except ConfigError as e:
        print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

def implicit():
    try:
        {}["a"]
    except KeyError:
        return 1 / 0
try:
    implicit()
except ZeroDivisionError as e:
    print(repr(e), "| cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    except ValueError as first:
        raise RuntimeError("second") from TypeError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__))

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print(type(err).__name__, err)

def reraise():
    try:
        raise IndexError("original")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("bare raise kept:", repr(e), e.__context__)

def chain_of_three():
    try:
        try:
            raise KeyError("a")
        except KeyError as e1:
            raise ValueError("b") from e1
    except ValueError as e2:
        raise RuntimeError("c")
try:
    chain_of_three()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
