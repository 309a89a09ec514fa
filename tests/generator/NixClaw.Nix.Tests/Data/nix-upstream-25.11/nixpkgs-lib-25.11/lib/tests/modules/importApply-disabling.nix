{
  imports = [ ./importApply.nix ];
  disabledModules = [ ./importApply-function.nix ];
}
