{
  time = "2025-09-17T05:03:26+00:00";
  condition = true;
  message = ''
    A new service is available: 'services.tailscale-systray'.
  '';
}
