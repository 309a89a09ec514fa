{
  time = "2025-09-03T21:44:34+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.vivid`

    Vivid is a generator for the LS_COLORS environment variable
    that controls the colorized output of ls, tree, fd, bfs, dust
    and many other tools.
  '';
}
