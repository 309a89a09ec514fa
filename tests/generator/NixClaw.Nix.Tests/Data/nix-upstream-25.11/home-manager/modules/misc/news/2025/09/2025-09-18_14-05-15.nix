{
  time = "2025-09-18T17:05:15+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.acd-cli`

    acd_cli provides a command line interface to Amazon Drive and
    allows Unix users to mount their drive using FUSE for read and
    (sequential) write access. It is currently in beta stage.
  '';
}
