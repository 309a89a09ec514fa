{
  time = "2025-07-29T17:20:22+00:00";
  condition = true;
  message = ''
    Package options have been added to 34 modules across Home Manager.

    Many program and service modules now include a 'package' option, allowing
    you to specify custom package versions or variants instead of using the
    default packages. This improves flexibility for users with specific
    package requirements.
  '';
}
