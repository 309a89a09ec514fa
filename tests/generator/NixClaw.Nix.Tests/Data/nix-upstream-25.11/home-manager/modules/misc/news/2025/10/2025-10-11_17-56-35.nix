{
  time = "2025-10-11T20:56:35+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.anvil-editor`

    Anvil is a graphical, multi-pane tiling editor that makes bold use
    of the mouse and integrates closely with the shell. It supports syntax
    highlighting, multiple cursors and selections, remote file editing, and
    contains a powerful text manipulation language.
  '';
}
