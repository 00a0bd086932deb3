# Uncaught RecursionError from mutual recursion: the repeated frames are collapsed by the traceback printer.
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
print("starting mutual recursion")
print("it never ends")
print("line 1")
print("line 2")
print("line 3")
print("line 4")
print("line 5")
print("line 6")
print("line 7")
ping(0)
