{
  time = "2022-08-08T16:11:22+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.bashmount'.
  '';
}
