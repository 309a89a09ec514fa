{
  time = "2025-06-09T14:25:11+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.mc'.

    This module provides configuration for Midnight Commander (mc), a
    powerful console-based file manager with dual-pane interface, allowing
    you to customize settings, key bindings, and appearance.
  '';
}
