{
  time = "2021-06-12T05:00:22+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.mangohud'.
  '';
}
