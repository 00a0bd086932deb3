# An uncaught AttributeError when a linked list walk runs off the end.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt

    def __repr__(self):
        return f"Node({self.value})"

def build(values):
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head

def walk_safely(node):
    out = []
    while node is not None:
        out.append(node.value)
        node = node.nxt
    return out

def walk(node):
    while True:
        print("visit", node.value)
        node = node.nxt

lst = build([1, 2, 3])
print(lst, walk_safely(lst))
print(getattr(lst.nxt.nxt.nxt, "value", "end of list"))
walk(lst)
