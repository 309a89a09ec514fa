{
  time = "2024-08-18T11:42:08+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.lapce'.

    Lightning-fast and Powerful Code Editor written in Rust.
    See https://lapce.dev/ for more.
  '';
}
