{
  time = "2025-07-13T22:51:03+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.gurk-rs'.

    gurk-rs is a Signal messenger client for the terminal written in Rust.
    It provides a text-based interface for secure messaging with features
    like group chats, media sharing, and contact management.
  '';
}
