{
  time = "2025-08-10T16:03:30+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.jrnl'.

    jrnl is a command-line journaling application that stores your journal
    entries in plain text files with optional encryption. This module allows
    configuring jrnl settings including journals, encryption, and output formats.
  '';
}
