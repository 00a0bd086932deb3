# An exception in a finally block replaces the one in flight; both appear in the traceback.
def cleanup(resource):
    print("cleaning up", resource)
    if resource.startswith("disk"):
        raise RuntimeError(f"cleanup of {resource} failed")

def process(resource):
    try:
        print("processing", resource)
        if "bad" in resource:
            raise ValueError(f"{resource} is corrupt")
        return f"{resource} ok"
    finally:
        cleanup(resource)

print(process("net-1"))
try:
    process("net-bad")
except ValueError as e:
    print("caught:", e)
process("disk-bad")
