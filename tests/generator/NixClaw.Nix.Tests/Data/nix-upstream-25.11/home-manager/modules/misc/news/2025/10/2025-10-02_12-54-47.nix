{
  time = "2025-10-02T15:54:47+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.alistral`

    Alistral is a collection of CLI based tools for Listenbrainz.
  '';
}
