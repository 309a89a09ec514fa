{ config, ... }:
{
  time = "2024-11-14T17:16:21+00:00";
  condition = config.programs.feh.enable;
  message = ''
    The 'programs.feh' module now supports custom themes configuration.

    A new 'themes' option allows defining custom feh themes declaratively,
    enabling consistent image viewer theming and keybinding configurations
    across your system.
  '';
}
