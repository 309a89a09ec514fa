{
  time = "2024-12-01T19:34:04+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.kubecolor'.

    Kubecolor is a kubectl wrapper used to add colors to your kubectl
    output.
  '';
}
