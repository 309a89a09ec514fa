{
  time = "2025-04-18T08:58:18+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.inori'.

    inori is a client for the Music Player Daemon (MPD)
  '';
}
