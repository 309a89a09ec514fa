{
  time = "2025-08-05T19:13:33+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.grep'.

    The grep module allows configuring GREP_COLORS environment variable to
    customize the colors used in grep output highlighting.
  '';
}
