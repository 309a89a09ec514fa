{
  time = "2024-12-21T17:07:49+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.pay-respects'.

    Pay Respects is a shell command suggestions tool and command-not-found
    and thefuck replacement written in Rust.
  '';
}
