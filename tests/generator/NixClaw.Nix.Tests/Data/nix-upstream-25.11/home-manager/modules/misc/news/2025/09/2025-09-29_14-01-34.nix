{
  time = "2025-09-29T17:01:34+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.algia`

    Algia is a CLI application for nostr, written in Go.
  '';
}
