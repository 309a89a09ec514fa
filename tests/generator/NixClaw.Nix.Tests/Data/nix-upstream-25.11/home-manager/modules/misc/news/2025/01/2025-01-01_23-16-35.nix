{
  time = "2025-01-01T23:16:35+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.ghostty'.

    Ghostty is a terminal emulator that differentiates itself by being
    fast, feature-rich, and native. While there are many excellent
    terminal emulators available, they all force you to choose between
    speed, features, or native UIs. Ghostty provides all three.
  '';
}
