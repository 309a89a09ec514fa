{
  time = "2025-03-29T14:32:11+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.sesh`

    Sesh is a CLI that helps you create and manage tmux sessions quickly and easily using zoxide.
  '';
}
