{
  time = "2022-05-02T20:55:46+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.tealdeer'.
  '';
}
