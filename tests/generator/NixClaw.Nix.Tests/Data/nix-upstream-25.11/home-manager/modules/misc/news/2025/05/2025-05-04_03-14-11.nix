{
  time = "2025-05-04T03:14:11+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.i3bar-river'.

    i3bar-river is a status bar specifically designed for the River Wayland
    compositor, using the same protocol as i3bar. It allows you to display system
    information and status updates in a customizable bar, and works well with
    tools that output i3bar-compatible JSON like i3status.
  '';
}
