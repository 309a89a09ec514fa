{
  time = "2025-01-02T11:21:19+00:00";
  condition = true;
  message = ''
    A new module is available: 'services.mpdscribble'.

    A MPD client which submits information about tracks being played to a
    scrobbler (e.g. last.fm)
  '';
}
