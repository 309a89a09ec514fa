{
  time = "2025-06-08T16:27:00+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.nyxt'.

    This module provides configuration for Nyxt, a keyboard-driven web
    browser designed for power users, with extensive customization options
    and a Lisp-based configuration system.
  '';
}
