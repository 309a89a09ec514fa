{
  time = "2025-02-22T16:53:20+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.jqp'.

    A TUI playground for experimenting with `jq`.
  '';
}
