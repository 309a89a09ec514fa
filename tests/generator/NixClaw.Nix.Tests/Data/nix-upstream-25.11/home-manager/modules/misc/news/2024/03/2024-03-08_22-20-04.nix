{
  time = "2024-03-08T22:20:04+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.zk'
  '';
}
