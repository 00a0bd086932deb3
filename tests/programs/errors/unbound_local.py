# UnboundLocalError: a name assigned later in the function is local everywhere in it.
counter = 0

def increment_global():
    global counter
    counter += 1
    return counter

def read_then_assign():
    print("reading", counter)
    counter = 5
    return counter

print("counter is", counter)
print(increment_global(), increment_global())
print("counter is", counter)
read_then_assign()
