{ ... }:

{
  disabledModules = [
    "define-enable.nix"
    "declare-enable.nix"
  ];
}
