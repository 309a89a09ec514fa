{
  time = "2023-08-22T16:06:52+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.qcal'.
  '';
}
