{
  time = "2025-07-25T17:54:38+00:00";
  condition = true;
  message = ''
    A new module is available: 'xdg.terminal-exec'.

    This module allows configuring the default terminal emulator for XDG
    applications, ported from NixOS to Home Manager.
  '';
}
