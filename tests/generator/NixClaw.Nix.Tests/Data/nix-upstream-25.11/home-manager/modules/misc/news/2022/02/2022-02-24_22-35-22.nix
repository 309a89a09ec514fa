{
  time = "2022-02-24T22:35:22+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.gitui'.
  '';
}
