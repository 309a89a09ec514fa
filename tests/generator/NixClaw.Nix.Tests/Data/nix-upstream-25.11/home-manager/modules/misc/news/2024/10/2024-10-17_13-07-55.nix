{
  time = "2024-10-17T13:07:55+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.zed-editor'.

    Zed is a fast text editor for macOS and Linux.
    See https://zed.dev for more.
  '';
}
