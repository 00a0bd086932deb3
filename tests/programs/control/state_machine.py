# A tokenizer written as an explicit state machine.
def tokenize(src):
    tokens = []
    state = "start"
    buf = ""
    i = 0
    while i <= len(src):
        ch = src[i] if i < len(src) else "\0"
        if state == "start":
            if ch.isdigit():
                state, buf = "number", ch
            elif ch.isalpha() or ch == "_":
                state, buf = "name", ch
            elif ch == '"':
                state, buf = "string", ""
            elif ch in "+-*/()=<>":
                if ch in "<>=" and i + 1 < len(src) and src[i + 1] == "=":
                    tokens.append(("op", ch + "="))
                    i += 1
                else:
                    tokens.append(("op", ch))
            elif ch in " \t\n\0":
                pass
            else:
                raise SyntaxError(f"unexpected character {ch!r} at {i}")
        elif state == "number":
            if ch.isdigit() or (ch == "." and "." not in buf):
                buf += ch
            else:
                tokens.append(("num", float(buf) if "." in buf else int(buf)))
                state = "start"
                continue
        elif state == "name":
            if ch.isalnum() or ch == "_":
                buf += ch
            else:
                tokens.append(("kw" if buf in ("if", "let", "print") else "name", buf))
                state = "start"
                continue
        elif state == "string":
            if ch == '"':
                tokens.append(("str", buf))
                state = "start"
            elif ch == "\0":
                raise SyntaxError("unterminated string")
            else:
                buf += ch
        i += 1
    return tokens

for src in ['let x = 3.14 * (r1 + 20)', 'if a<=b print "yes sir"', "x >= 10", 'print "open', "a $ b", ""]:
    try:
        print(tokenize(src))
    except SyntaxError as e:
        print("error:", e)
