{
  time = "2025-09-18T14:46:18+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.retext`

    ReText is a simple but powerful editor for markup languages. It is based on
    Markups module which supports Markdown, reStructuredText, Textile and
    AsciiDoc. One can also add support for custom markups using Python modules.
  '';
}
