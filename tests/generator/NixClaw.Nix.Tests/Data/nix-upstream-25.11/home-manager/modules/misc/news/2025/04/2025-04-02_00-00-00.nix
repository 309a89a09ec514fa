{
  time = "2025-04-02T00:00:00+00:00";
  condition = true;
  message = ''
    A new service is available: 'services.home-manager.autoExpire'.

    A service that allow to automatically expire (and optionally clean-up
    Nix's store) old Home-Manager generations.
  '';
}
