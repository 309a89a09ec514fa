{
  time = "2022-11-01T23:57:50+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.oh-my-posh'.
  '';
}
