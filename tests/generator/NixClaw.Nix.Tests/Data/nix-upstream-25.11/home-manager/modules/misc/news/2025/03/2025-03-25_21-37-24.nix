{
  time = "2025-03-25T20:37:24+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.mergiraf`

    Adds git integration for mergiraf to automatically resolve merge conflicts.
  '';
}
