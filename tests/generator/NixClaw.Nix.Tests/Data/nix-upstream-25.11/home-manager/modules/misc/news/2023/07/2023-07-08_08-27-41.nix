{
  time = "2023-07-08T08:27:41+00:00";
  condition = true;
  message = ''

    A new modules is available: 'programs.darcs'
  '';
}
