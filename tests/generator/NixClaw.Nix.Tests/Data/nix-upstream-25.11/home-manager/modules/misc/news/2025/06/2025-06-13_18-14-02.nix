{
  time = "2025-06-13T16:14:02+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.kubeswitch'.

    The kubectx for operators.
    kubeswitch (lazy: switch) is the single pane of glass for all of your kubeconfig files.
  '';
}
