{
  time = "2025-07-18T00:31:15+00:00";
  condition = true;
  message = ''
    A new service is available: 'services.ssh-tpm-agent'.

    The ssh-tpm-agent service provides SSH authentication using TPM (Trusted
    Platform Module) for enhanced security with hardware-backed keys.
  '';
}
