{
  time = "2025-09-28T06:57:30+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.radio-active'

    `radio-active` is a TUI which enables playing of radio station streams.

    This module allows for defining configuration file as well as favorites
    list via Nix attribute sets.
  '';
}
