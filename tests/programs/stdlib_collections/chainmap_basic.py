from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm, "x" in cm)
print(cm.get("x"), cm.get("color", "?"))
try:
    cm["missing"]
except KeyError as e:
    print(type(e).__name__, e)
cm["size"] = 3
print(args, defaults)
child = cm.new_child()
child["user"] = "root"
print(child["user"], cm["user"], len(child.maps))
print(child.parents["user"])
del child["user"]
print(child["user"])
try:
    del child["color"]
except KeyError as e:
    print(type(e).__name__, e)
print(cm)
print(ChainMap(), bool(ChainMap()), bool(cm))
print(sorted(cm.items()), sorted(cm.values(), key=str))
print(cm.pop("size"), args)
