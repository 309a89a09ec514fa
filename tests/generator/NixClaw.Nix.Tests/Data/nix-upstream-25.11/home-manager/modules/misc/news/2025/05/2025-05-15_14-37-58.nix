{
  time = "2025-05-15T21:37:58+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.pgcli`

    pgcli is a Python CLI that lets you connect to Postgres databases and run queries with syntax highlighting and auto-completion.
  '';
}
