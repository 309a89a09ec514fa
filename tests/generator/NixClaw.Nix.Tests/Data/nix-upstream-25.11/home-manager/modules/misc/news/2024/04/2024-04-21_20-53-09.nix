{
  time = "2024-04-21T20:53:09+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.poetry'.

    Poetry is a tool that helps you manage Python project dependencies and
    packages. See https://python-poetry.org/ for more.
  '';
}
