{
  time = "2025-04-02T13:01:34+00:00";
  condition = true;
  message = ''
    A new way to define news is available.

    Instead of editing the previous news.nix file, you can now define entries
    using individual files. This should reduce the number of merge conflicts.
  '';
}
