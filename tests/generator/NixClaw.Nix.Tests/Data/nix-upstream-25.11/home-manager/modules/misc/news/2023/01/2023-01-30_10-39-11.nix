{
  time = "2023-01-30T10:39:11+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.wlogout'.
  '';
}
