{
  time = "2025-02-16T17:00:00+00:00";
  condition = true;
  message = ''
    A new module is available: 'services.wluma'.

    Wluma is a tool for Wayland compositors to automatically adjust
    screen brightness based on the screen contents and amount of ambient light around you.
  '';
}
