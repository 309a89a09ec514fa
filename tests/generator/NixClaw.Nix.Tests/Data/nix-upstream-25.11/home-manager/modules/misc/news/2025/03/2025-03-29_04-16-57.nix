{
  time = "2025-03-29T04:16:57+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.streamlink'.

    Streamlink is a CLI utility which pipes video streams from various
    services into a video player.
  '';
}
