# An uncaught AttributeError on None returned from a lookup helper, three frames deep.
users = {"ann": {"email": "ann@example.com"}, "bob": None}
def find(name):
    return users.get(name)
def email_of(name):
    return find(name)["email"] if name == "ann" else find(name).email
def notify(names):
    for n in names:
        print("notifying", n, email_of(n))
print("users", sorted(users))
print("starting")
print("ann first")
print("then bob")
print("bob has no record")
print("...")
notify(["ann", "bob"])
