{
  time = "2022-02-16T23:50:35+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.zellij'.
  '';
}
