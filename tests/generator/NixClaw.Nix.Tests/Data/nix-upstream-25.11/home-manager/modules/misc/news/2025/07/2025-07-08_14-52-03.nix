{
  time = "2025-07-08T14:52:03+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.twitch-tui'.

    twitch-tui is a terminal user interface for Twitch that allows browsing
    streams, following channels, and interacting with Twitch chat directly
    from the command line.
  '';
}
