{
  time = "2025-05-05T03:14:02+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.sway-easyfocus'.

    sway-easyfocus is a tool that provides window switching capabilities for the
    Sway window manager. It works similarly to i3-easyfocus, displaying labels on
    visible windows to allow quick selection and focus without moving your hand to
    the mouse or using directional keys.
  '';
}
