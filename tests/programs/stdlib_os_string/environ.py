# os.environ and os.getenv with variables the program sets itself.
import os

os.environ["STMVM_TEST_VAR"] = "hello"
print(os.environ["STMVM_TEST_VAR"], os.getenv("STMVM_TEST_VAR"))
print("STMVM_TEST_VAR" in os.environ, "STMVM_SURELY_UNSET" in os.environ)
print(os.getenv("STMVM_SURELY_UNSET"), os.getenv("STMVM_SURELY_UNSET", "default"))
print(os.environ.get("STMVM_SURELY_UNSET", 42))
try:
    os.environ["STMVM_SURELY_UNSET"]
except KeyError as e:
    print(type(e).__name__, e)
for bad in [lambda: os.environ.__setitem__("X_Y", 5), lambda: os.getenv(1), lambda: os.environ[None], lambda: 5 in os.environ]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
os.environ.setdefault("STMVM_TEST_VAR", "other")
os.environ.setdefault("STMVM_TEST_2", "two")
print(os.environ["STMVM_TEST_VAR"], os.environ["STMVM_TEST_2"])
print(os.environ.pop("STMVM_TEST_2"), os.environ.pop("STMVM_TEST_2", "gone"))
del os.environ["STMVM_TEST_VAR"]
print(os.getenv("STMVM_TEST_VAR"))
try:
    del os.environ["STMVM_TEST_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
os.environ.update({"STMVMX_A": "1"}, STMVMX_B="2")
print(sorted(k for k in os.environ if k.startswith("STMVMX_")))
print(len(os.environ) == len(list(os.environ)), isinstance(os.environ.copy(), dict))
print(type(os.cpu_count()).__name__, os.cpu_count() > 0, type(os.getpid()).__name__, os.getpid() > 0)
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()))
b = os.urandom(16)
print(type(b).__name__, len(b), os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(os.strerror(2), "|", os.strerror(13))
