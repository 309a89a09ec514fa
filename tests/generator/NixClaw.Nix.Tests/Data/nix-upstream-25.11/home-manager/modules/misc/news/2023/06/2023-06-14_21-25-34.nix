{
  time = "2023-06-14T21:25:34+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.git-credential-oauth'.
  '';
}
