{
  time = "2023-07-08T09:21:06+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.pyenv'.
  '';
}
