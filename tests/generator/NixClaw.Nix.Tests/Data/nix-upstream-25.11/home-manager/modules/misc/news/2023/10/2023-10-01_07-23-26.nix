{
  time = "2023-10-01T07:23:26+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.wpaperd'.
  '';
}
