{ lib, ... }:

{
  config = lib.mkIf true true;
}
