{
  time = "2025-08-30T16:07:19+00:00";
  condition = true;
  message = ''
    A new module is available: 'services.shpool'.

    shpool is a service that enables session persistence by allowing the creation of named shell sessions owned by shpool so that the session is not lost if the connection drops.

    Read about it at https://github.com/shell-pool/shpool
  '';
}
