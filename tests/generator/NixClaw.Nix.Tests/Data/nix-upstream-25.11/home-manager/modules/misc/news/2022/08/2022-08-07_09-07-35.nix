{
  time = "2022-08-07T09:07:35+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.wezterm'.
  '';
}
