{
  time = "2025-07-23T15:42:37+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.yarn'.

    This module provides configuration options for the Yarn package manager,
    allowing you to configure Yarn settings, authentication, and other
    preferences through your Home Manager configuration.
  '';
}
