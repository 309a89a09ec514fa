{
  time = "2022-03-06T09:40:17+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.pubs'.
  '';
}
