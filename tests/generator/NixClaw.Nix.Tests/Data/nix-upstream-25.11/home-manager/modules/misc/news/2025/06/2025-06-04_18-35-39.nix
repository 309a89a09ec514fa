{
  time = "2025-06-04T18:35:39+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.aichat'.

    This module provides configuration for aichat, an AI-powered command-line
    chat client that supports multiple AI models and allows for easy
    interaction with various AI services from your terminal.
  '';
}
