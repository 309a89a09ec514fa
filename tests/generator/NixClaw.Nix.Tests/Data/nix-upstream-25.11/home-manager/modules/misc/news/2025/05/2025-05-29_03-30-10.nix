{
  time = "2025-05-29T03:30:10+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.meli'.

    This module provides configuration for meli, a fast and modern terminal
    email client written in Rust, offering an alternative interface for
    managing your email workflows.
  '';
}
