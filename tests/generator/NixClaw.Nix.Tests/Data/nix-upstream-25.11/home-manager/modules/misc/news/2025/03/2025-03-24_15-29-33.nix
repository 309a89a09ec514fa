{
  time = "2025-03-24T15:29:33+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.smug'.

    Session manager and task runner for tmux written in Go.
    See https://github.com/ivaaaan/smug for more information.
  '';
}
