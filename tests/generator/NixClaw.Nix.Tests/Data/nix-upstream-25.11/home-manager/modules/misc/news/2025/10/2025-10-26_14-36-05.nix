{
  time = "2025-10-26T07:36:05+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.kraftkit`.

    kraftkit is a CLI tool for building custom, minimal, immutable lightweight
    unikernel virtual machines based on Unikraft.
  '';
}
