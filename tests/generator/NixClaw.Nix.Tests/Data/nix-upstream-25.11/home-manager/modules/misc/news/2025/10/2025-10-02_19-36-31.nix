{
  time = "2025-10-03T02:36:31+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.asciinema`

    `asciinema` is a tool for recording, replaying, publishing, and live
    streaming terminal session.

    This module enables declaring configuration via `.settings`, check the
    official documentation for details;
    https://docs.asciinema.org/manual/cli/quick-start/
  '';
}
