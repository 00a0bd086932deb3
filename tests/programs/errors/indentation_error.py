# An unexpected indent is an IndentationError (a subclass of SyntaxError).
# Nothing in this file runs: the whole file is compiled first.
print("this line never runs")

def greet(name):
    message = "hello " + name
        return message

def farewell(name):
    return "bye " + name

print(greet("world"))
print(farewell("world"))

class Greeter:
    def __init__(self, prefix):
        self.prefix = prefix
