{
  time = "2025-09-12T15:02:45+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.jjui'

    jjui is a terminal user interface for jujutsu version control system.
  '';
}
