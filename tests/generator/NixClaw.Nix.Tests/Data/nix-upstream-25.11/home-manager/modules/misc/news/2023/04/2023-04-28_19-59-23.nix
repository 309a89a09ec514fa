{
  time = "2023-04-28T19:59:23+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.jujutsu'.
  '';
}
