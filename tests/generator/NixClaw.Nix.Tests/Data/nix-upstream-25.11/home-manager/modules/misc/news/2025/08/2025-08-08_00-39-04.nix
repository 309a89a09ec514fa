{
  time = "2025-08-08T00:39:04+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.sheldon'.

    Sheldon is a fast shell plugin manager that supports Bash, Zsh, and Fish.
    It allows you to manage shell plugins efficiently with configuration
    through a simple TOML file.
  '';
}
