{ pkgs, ... }:
{
  time = "2025-10-17T00:46:07+00:00";
  condition = pkgs.stdenv.hostPlatform.isLinux;
  message = ''
    A new module is available: 'services.wl-clip-persist'.

    This module provides clipboard persistence for Wayland compositors,
    ensuring clipboard contents remain available after the source application
    closes. The service runs as a systemd user service and integrates with
    your Wayland session target.
  '';
}
