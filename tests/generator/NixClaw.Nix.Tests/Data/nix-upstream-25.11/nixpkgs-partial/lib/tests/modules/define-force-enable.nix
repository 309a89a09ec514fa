{ lib, ... }:

lib.mkForce {
  enable = false;
}
