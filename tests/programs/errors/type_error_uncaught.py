# An uncaught TypeError from a bad call.
def connect(host, port, *, timeout=10):
    return f"{host}:{port} (timeout {timeout})"

def connect_all(targets):
    return [connect(*t) for t in targets]

print(connect("localhost", 80))
print(connect("localhost", 80, timeout=5))
try:
    connect("localhost")
except TypeError as e:
    print("caught:", e)
print(connect_all([("a", 1), ("b", 2)]))
print(connect_all([("a", 1), ("b", 2, 30)]))
