{
  time = "2025-05-11T03:13:09+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.halloy'.

    Halloy is a modern IRC client supporting IRCv3 features, with a clean and
    intuitive user interface. It provides features like SASL authentication,
    message highlights, nick colors, emoji support, URL previews, and more.
  '';
}
