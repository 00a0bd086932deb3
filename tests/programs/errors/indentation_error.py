# An unexpected indent is an IndentationError (a subclass of SyntaxError).
def greet(name):
    message = "hello " + name
        return message

print(greet("world"))
