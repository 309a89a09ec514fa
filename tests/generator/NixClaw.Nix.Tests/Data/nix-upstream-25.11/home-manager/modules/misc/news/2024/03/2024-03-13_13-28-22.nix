{
  time = "2024-03-13T13:28:22+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.joplin-desktop'.
  '';
}
