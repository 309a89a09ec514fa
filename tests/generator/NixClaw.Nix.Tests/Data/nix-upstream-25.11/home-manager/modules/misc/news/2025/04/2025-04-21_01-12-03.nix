{
  time = "2025-04-21T01:12:03+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.clock-rs'.

    clock-rs is a modern, digital clock that effortlessly runs in your terminal.
  '';
}
