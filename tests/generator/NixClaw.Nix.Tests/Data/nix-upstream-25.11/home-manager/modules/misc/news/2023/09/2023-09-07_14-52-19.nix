{
  time = "2023-09-07T14:52:19+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.eza'.
  '';
}
