# An uncaught AttributeError on an instance.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt

def walk(node):
    while True:
        print(node.value)
        node = node.nxt

walk(Node(1, Node(2, Node(3))))
