{ d }:
# Check that mutual recursion is possible
"e"
