{
  time = "2025-11-04T04:40:09+00:00";
  condition = true;
  message = ''
    A new program is available: 'programs.discord'.

    Discord is an instant messaging platform with an Electron-based client.

    The module provides:
    - Support for toggling Discord's update checks, as they prevent older
      versions of the app from launching.
    - Support for enabling Chrome's web devtools inside Discord.

    See the module options for more details on configuration.
  '';
}
