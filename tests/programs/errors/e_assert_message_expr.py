# An uncaught assert whose message is computed from locals, inside a validation helper.
print("validating records")
print("three of them")
def validate(record):
    required = ("id", "name", "email")
    missing = [k for k in required if k not in record]
    assert not missing, f"record {record.get('id', '?')} is missing {', '.join(missing)}"
    return True
records = [
    {"id": 1, "name": "ann", "email": "a@x"},
    {"id": 2, "name": "bob", "email": "b@x"},
    {"id": 3, "name": "cy"},
]
for r in records:
    print("checking", r["id"])
    print("valid:", validate(r))
