{
  time = "2025-07-08T14:51:45+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.tray-tui'.

    tray-tui is a terminal-based system tray that displays system tray icons
    in a text user interface. It provides a way to access system tray
    functionality directly from the terminal.
  '';
}
