{
  time = "2025-04-20T05:39:01+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.wallust'.

    Wallust generates colors from an images, similar to pywal.
  '';
}
