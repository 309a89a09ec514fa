{
  time = "2024-10-18T14:01:07+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.cmus'.

    cmus is a small, fast and powerful console music player.
  '';
}
