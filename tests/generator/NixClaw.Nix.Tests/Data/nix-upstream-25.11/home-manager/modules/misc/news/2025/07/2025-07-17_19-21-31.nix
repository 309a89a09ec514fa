{
  time = "2025-07-17T19:21:31+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.radio-cli'.

    This module provides configuration for the radio-cli command-line radio
    player, allowing you to listen to internet radio stations directly from
    your terminal with configurable settings and station presets.
  '';
}
