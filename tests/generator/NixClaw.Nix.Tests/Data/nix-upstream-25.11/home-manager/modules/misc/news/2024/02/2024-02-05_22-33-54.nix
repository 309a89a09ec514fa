{
  time = "2024-02-05T22:33:54+00:00";
  condition = true;
  message = ''

    A new module is available: 'services.arrpc'
  '';
}
