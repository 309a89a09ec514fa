{
  time = "2024-09-13T09:50:49+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.neovide'.

    Neovide is a simple, no-nonsense, cross-platform graphical user
    interface for Neovim (an aggressively refactored and updated Vim
    editor).
  '';
}
