{
  time = "2025-10-05T18:18:28+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.amber`

    Amber is a code search and replace tool written in Rust.
    This tool is inspired by ack, ag, and other grep-like tools.
  '';
}
