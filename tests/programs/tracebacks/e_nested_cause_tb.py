# A three-level chain: explicit cause, then implicit context, printed with both separators.
class ConfigError(Exception):
    pass
def parse(text):
    return int(text)
def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e
def main():
    try:
        load("12x")
    except ConfigError:
        cleanup = {"open": True}
        print("cleaning up", cleanup)
        cleanup["missing"]
print("loading config")
print(load("42"))
print("now a bad one")
print("line a")
print("line b")
print("line c")
print("line d")
print("line e")
print("line f")
main()
