{
  time = "2024-04-19T10:01:55+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.spotify-player'.
  '';
}
