{
  time = "2022-09-09T09:55:50+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.gallery-dl'.
  '';
}
