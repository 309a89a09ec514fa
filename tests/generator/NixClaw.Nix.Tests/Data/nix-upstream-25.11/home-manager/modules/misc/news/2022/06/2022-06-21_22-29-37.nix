{
  time = "2022-06-21T22:29:37+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.mujmap'.
  '';
}
