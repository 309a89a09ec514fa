{ _class, ... }:
assert _class == "nixos";
{ }
