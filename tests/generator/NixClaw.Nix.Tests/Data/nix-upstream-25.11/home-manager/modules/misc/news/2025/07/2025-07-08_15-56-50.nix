{
  time = "2025-07-08T15:56:50+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.firefoxpwa'.

    Firefox PWA (Progressive Web Apps) allows installing and managing web
    applications as native desktop applications. This module provides
    configuration for the Firefox PWA runtime and site management.
  '';
}
