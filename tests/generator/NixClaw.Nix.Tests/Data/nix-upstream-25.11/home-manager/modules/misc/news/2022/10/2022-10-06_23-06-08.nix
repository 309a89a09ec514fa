{
  time = "2022-10-06T23:06:08+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.ledger'.
  '';
}
