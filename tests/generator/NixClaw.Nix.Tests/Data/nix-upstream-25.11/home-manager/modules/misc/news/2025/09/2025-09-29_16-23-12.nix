{
  time = "2025-09-29T19:23:12+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.aliae`

    Aliae is a cross shell and platform alias management tool.
  '';
}
