# A three-link chain: context, then explicit cause.
def parse(text):
    return int(text)

def load_config(text):
    try:
        return parse(text)
    except ValueError as e:
        raise LookupError("config value unreadable") from e

def main():
    try:
        load_config("abc")
    except LookupError:
        print("handling the lookup error")
        raise RuntimeError("startup aborted")

main()
