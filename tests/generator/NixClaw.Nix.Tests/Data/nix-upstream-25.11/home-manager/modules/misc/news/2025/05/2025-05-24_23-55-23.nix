{
  time = "2025-05-24T23:55:23+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.obsidian'.

    This module provides configuration for Obsidian, a powerful knowledge
    management and note-taking application that uses linked markdown files
    to help you build a personal knowledge graph.
  '';
}
