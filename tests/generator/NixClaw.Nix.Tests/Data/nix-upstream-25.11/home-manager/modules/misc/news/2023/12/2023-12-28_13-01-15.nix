{
  time = "2023-12-28T13:01:15+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.sftpman'.
  '';
}
