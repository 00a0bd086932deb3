# An exception in a finally block replaces the one in flight; both appear in the traceback.
def cleanup(resource):
    print("cleaning up", resource)
    raise RuntimeError(f"cleanup of {resource} failed")

def process(resource):
    try:
        print("processing", resource)
        raise ValueError(f"{resource} is corrupt")
    finally:
        cleanup(resource)

process("disk-1")
