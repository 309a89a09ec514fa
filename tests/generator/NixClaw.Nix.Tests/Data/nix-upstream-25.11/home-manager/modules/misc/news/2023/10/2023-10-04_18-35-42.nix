{
  time = "2023-10-04T18:35:42+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.openstackclient'.
  '';
}
