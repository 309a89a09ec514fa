{
  time = "2025-05-11T01:08:48+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.numbat'.
  '';
}
