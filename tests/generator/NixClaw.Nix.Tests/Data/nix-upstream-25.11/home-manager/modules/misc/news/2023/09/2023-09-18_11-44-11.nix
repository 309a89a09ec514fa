{
  time = "2023-09-18T11:44:11+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.rio'.

    Rio is a hardware-accelerated GPU terminal emulator powered by WebGPU.
  '';
}
