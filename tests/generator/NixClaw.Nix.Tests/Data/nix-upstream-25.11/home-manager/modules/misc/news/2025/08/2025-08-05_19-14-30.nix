{
  time = "2025-08-06T00:14:30+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.sherlock'.

    The sherlock module allows configuring Sherlock launcher, a fast and
    lightweight application launcher for Linux. You can customize settings,
    define custom aliases for web searches, configure fallback launchers,
    specify applications to ignore, and apply custom CSS styling.
  '';
}
