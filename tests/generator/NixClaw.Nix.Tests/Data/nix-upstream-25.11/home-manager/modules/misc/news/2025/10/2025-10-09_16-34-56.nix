{
  time = "2025-10-09T19:34:56+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.andcli`

    Andcli lets you work with 2FA tokens directly in your shell,
    using encrypted backups exported out of your favourite 2FA apps.
    All the data is held in memory only and will never leave your machine.
  '';
}
