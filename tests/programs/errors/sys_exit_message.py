# sys.exit("message") prints the message to stderr and exits with status 1.
import sys

def validate(args):
    if len(args) < 3:
        sys.exit(f"usage: prog SRC DST (got {len(args) - 1} argument(s))")
    return args[1:]

print("validating")
validate(["prog", "only-one"])
print("never printed")
