{
  time = "2022-09-05T11:05:25+00:00";
  condition = true;
  message = ''

    A new module is available: 'editorconfig'.
  '';
}
