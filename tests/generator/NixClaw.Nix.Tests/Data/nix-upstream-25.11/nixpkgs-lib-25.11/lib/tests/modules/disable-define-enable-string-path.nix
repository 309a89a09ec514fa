{ ... }:

{
  disabledModules = [ (toString ./define-enable.nix) ];
}
