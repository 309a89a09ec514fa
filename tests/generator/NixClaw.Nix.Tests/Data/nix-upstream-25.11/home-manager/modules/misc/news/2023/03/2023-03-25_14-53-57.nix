{
  time = "2023-03-25T14:53:57+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.hstr'.
  '';
}
