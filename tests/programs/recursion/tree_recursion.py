# Recursive data structures: binary search tree insert/search/traverse/height/delete.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    elif key > node.key:
        node.right = insert(node.right, key)
    return node

def inorder(node):
    return inorder(node.left) + [node.key] + inorder(node.right) if node else []

def preorder(node):
    return [node.key] + preorder(node.left) + preorder(node.right) if node else []

def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))

def contains(node, key):
    if node is None:
        return False
    if key == node.key:
        return True
    return contains(node.left if key < node.key else node.right, key)

def delete(node, key):
    if node is None:
        return None
    if key < node.key:
        node.left = delete(node.left, key)
    elif key > node.key:
        node.right = delete(node.right, key)
    else:
        if node.left is None:
            return node.right
        if node.right is None:
            return node.left
        succ = node.right
        while succ.left:
            succ = succ.left
        node.key = succ.key
        node.right = delete(node.right, succ.key)
    return node

def render(node, depth=0):
    if node is None:
        return []
    return render(node.right, depth + 1) + ["    " * depth + str(node.key)] + render(node.left, depth + 1)

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root))
print(preorder(root))
print(height(root), contains(root, 45), contains(root, 55))
print("\n".join(render(root)))
for k in (20, 30, 50, 99):
    root = delete(root, k)
    print("deleted", k, inorder(root), "root", root.key)
