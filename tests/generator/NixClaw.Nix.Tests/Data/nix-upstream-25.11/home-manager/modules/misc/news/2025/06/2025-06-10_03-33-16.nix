{
  time = "2025-06-10T03:33:16+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.codex'.

    This module provides configuration for OpenAI Codex, an AI system that
    translates natural language to code. It powers GitHub Copilot and can
    be used for code generation and completion tasks.
  '';
}
