{
  time = "2021-08-10T21:28:40+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.java'.
  '';
}
