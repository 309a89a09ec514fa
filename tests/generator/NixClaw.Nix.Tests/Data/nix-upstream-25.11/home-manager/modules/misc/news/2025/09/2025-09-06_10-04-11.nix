{
  time = "2025-09-06T17:04:11+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.pianobar'.

    `pianobar` is a console front-end for Pandora.com and provides options to
    extend with third-party applications or scripts.  This module enables
    declarative configuration of all documented options.
  '';
}
