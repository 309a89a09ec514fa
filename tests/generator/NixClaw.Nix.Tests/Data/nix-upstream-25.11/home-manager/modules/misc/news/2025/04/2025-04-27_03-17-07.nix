{
  time = "2025-04-27T03:17:07+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.rmpc'.

    RMPC (Remote MPD Client) is a minimalist TUI client for the Music Player Daemon.
    It provides a simple interface to control MPD with features like playlist
    manipulation, library browsing, and song searching. The module allows you to
    customize its behavior, keybindings, and connection settings.
  '';
}
