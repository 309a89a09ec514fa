{
  time = "2025-09-18T23:12:11+00:00";
  condition = true;
  message = ''
    Nix remote builders can be declared by setting `nix.distributedBuilds = true`
    and populating `nix.buildMachines`.
  '';
}
