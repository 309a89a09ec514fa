{
  imports = [
    {
      imports = [ { } ];
    }
  ];
  disabledModules = [ ./b.nix ];
}
