{
  time = "2025-10-06T23:28:22+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.amfora`

    Amfora aims to be the best looking Gemini client with the most features...
    all in the terminal. It does not support Gopher or other non-Web protocols
    - check out Bombadillo for that.
  '';
}
