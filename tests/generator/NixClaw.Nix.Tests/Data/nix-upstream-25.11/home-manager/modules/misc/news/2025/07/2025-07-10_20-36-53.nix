{
  time = "2025-07-10T20:36:53+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.docker-cli'.

    The Docker CLI module provides configuration for the Docker command-line
    interface, including aliases, completion settings, and credential helpers
    for managing Docker containers and images.
  '';
}
