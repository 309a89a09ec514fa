{
  time = "2025-09-28T22:34:55+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.intelli-shell`

    IntelliShell is a command-line tool that acts as a smart bookmark manager.
    It helps you find, organize, and reuse complex shell commands without ever
    leaving your terminal.
  '';
}
