{
  time = "2024-04-30T18:28:28+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.freetube'.

    FreeTube is a YouTube client built around using YouTube more
    privately. You can enjoy your favorite content and creators without
    your habits being tracked. See https://freetubeapp.io/ for more.
  '';
}
