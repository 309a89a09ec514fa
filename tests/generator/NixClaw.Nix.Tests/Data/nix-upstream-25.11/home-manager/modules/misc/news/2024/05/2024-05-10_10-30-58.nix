{
  time = "2024-05-10T10:30:58+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.fastfetch'.

    Fastfetch is a Neofetch-like tool for fetching system information and
    displaying them in a pretty way. See
    https://github.com/fastfetch-cli/fastfetch for more.
  '';
}
