{ a }:
assert a == "a";
"b"
