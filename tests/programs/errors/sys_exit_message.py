# sys.exit("message") prints the message to stderr and exits with status 1.
import sys

def validate(args):
    if len(args) < 3:
        sys.exit(f"usage: prog SRC DST (got {len(args) - 1} argument(s))")
    return args[1:]

def main(argv):
    print("validating", argv)
    src, dst = validate(argv)
    print("copying", src, "to", dst)

main(["prog", "a.txt", "b.txt"])
try:
    main(["prog"])
except SystemExit as e:
    print("caught:", e.code)
main(["prog", "only-one"])
print("never printed")
