{
  time = "2025-10-10T18:56:49+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.anup`

    Anup is a TUI application to play and manage anime with AniList for Linux systems.
  '';
}
