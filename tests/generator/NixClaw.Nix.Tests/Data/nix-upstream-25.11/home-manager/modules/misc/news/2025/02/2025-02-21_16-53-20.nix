{
  time = "2025-02-21T16:53:20+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.earthly'.

    Earthly is a build configuration framework utilizing buildkit and
    Dockerfile-like syntax for fast builds and simplicity.
  '';
}
