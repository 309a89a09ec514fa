{
  time = "2023-06-14T21:41:22+00:00";
  condition = true;
  message = ''

    Two new modules are available:

      - 'programs.comodoro' and
      - 'services.comodoro'
  '';
}
