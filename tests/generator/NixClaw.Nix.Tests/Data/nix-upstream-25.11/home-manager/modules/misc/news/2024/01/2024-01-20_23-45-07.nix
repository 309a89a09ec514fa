{
  time = "2024-01-20T23:45:07+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.mise'.

    This module replaces 'programs.rtx', which has been removed.
  '';
}
