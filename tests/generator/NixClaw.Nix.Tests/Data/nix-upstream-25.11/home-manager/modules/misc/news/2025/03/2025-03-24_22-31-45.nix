{
  time = "2025-03-24T22:31:45+00:00";
  condition = true;
  message = ''
    The following default values change from 'true' to
    'false':

    - programs.zellij.enableBashIntegration
    - programs.zellij.enableFishIntegration
    - programs.zellij.enableZshIntegration
  '';
}
