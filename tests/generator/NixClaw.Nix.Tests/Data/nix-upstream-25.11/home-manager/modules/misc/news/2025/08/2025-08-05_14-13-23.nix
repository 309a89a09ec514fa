{
  time = "2025-08-05T19:13:23+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.gcc'.

    The gcc module allows configuring GCC_COLORS environment variable to
    customize the colors used in GCC diagnostic output.
  '';
}
