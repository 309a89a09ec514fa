{
  time = "2025-10-07T12:39:32+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.amoco`

    Amoco is a python package dedicated to symbolic analysis of binaries.
  '';
}
