{
  time = "2025-02-11T15:25:26+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.git-worktree-switcher'.

    git-worktree-switcher allows you to quickly switch git worktrees.
    It includes shell completions for Bash, Fish and Zsh.
    See https://github.com/mateusauler/git-worktree-switcher for more.
  '';
}
