{
  time = "2025-04-21T03:27:49+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.television`

    television is a cross-platform, fast and extensible general purpose fuzzy
    finder TUI.
  '';
}
