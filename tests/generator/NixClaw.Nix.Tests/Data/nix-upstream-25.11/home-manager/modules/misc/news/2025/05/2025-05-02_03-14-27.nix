{
  time = "2025-05-02T03:14:27+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.visidata'.

    VisiData is a terminal spreadsheet multitool for exploring and arranging data.
    It allows you to quickly open, explore, summarize, and analyze datasets in
    various formats including CSV, Excel, SQL, HTML, JSON, and many more. The
    module lets you configure VisiData's behavior through options and custom key
    bindings.
  '';
}
