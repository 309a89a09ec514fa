{
  time = "2025-05-29T18:33:51+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.hwatch'.
  '';
}
