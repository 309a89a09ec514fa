{
  time = "2022-02-17T17:12:46+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.eww'.
  '';
}
