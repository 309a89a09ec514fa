{
  time = "2025-10-09T19:14:29+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.amp`

    Amp is a complete text editor for your terminal.
    Heavily inspired by Vi/Vim. Amp aims to take the core interaction model
    of Vim, simplify it, and bundle in the essential features required for
    a modern text editor.
  '';
}
