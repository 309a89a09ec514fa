{
  time = "2025-03-25T23:48:21+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.ripgrep-all`

    Adds a module for ripgrep-all, a tool for searching text in files.
  '';
}
