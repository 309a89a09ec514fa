{
  time = "2025-10-26T21:07:01+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.zapzap`

    ZapZap brings the WhatsApp experience on Linux closer to that of a native application.
    Since Meta does not provide a public API for third-party applications, ZapZap is developed
    as a Progressive Web Application (PWA), built with PyQt6 + PyQt6-WebEngine.
  '';
}
