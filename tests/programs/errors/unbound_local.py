# UnboundLocalError: a name assigned later in the function is local everywhere in it.
counter = 0

def increment():
    counter += 1
    return counter

print("counter is", counter)
increment()
