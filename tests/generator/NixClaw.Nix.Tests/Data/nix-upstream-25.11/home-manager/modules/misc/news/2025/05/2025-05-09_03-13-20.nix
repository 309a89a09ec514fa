{
  time = "2025-05-09T03:13:20+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.waveterm'.

    WaveTerm is a modern, GPU-accelerated terminal emulator that combines the
    power of a traditional terminal with a smart workspace. It provides features
    like automatic command history with contextual search, workspace organization,
    multiple terminals in a single window, and integrated AI assistance.
  '';
}
