# sys.exit() and sys.exit(0) and sys.exit(None) all exit with status 0.
import sys

for arg in [(), (0,), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("SystemExit code:", e.code, "args:", e.args)

def work():
    for i in range(5):
        if i == 2:
            print("done early")
            sys.exit()
        print("step", i)

work()
print("never printed")
