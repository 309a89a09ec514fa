{
  time = "2025-06-08T04:51:28+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.lazysql'.

    This module provides configuration for LazySql, a terminal-based SQL
    client with an intuitive interface for database management and query
    execution across multiple database engines.
  '';
}
