{
  time = "2022-09-08T17:50:43+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.yt-dlp'.
  '';
}
