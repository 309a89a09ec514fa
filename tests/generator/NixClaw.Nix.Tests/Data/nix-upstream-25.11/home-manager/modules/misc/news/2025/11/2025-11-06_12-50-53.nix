{
  time = "2025-11-06T11:50:53+00:00";
  condition = true;
  message = ''
    A new module is available: 'services.tomat'.

    tomat is a Pomodoro timer for status bars and the command line. It is easily configurable and support both desktop and sound notifications.
  '';
}
