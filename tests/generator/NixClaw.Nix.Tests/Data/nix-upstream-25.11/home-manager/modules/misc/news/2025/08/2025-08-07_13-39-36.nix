{
  time = "2025-08-07T13:39:36+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.mullvad-vpn'.

    The Mullvad VPN module allows configuration of the Mullvad VPN client,
    including account settings, connection preferences, and advanced options
    for secure and private internet browsing.
  '';
}
