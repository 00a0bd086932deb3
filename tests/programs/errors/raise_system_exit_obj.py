# SystemExit with a non-integer, non-string code: printed to stderr, status 1.
print("before exit")
raise SystemExit([1, "two", 3.0])
