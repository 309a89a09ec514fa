{
  time = "2024-05-25T14:36:03+00:00";
  condition = true;
  message = ''

    Multiple new options are available:

    - 'nix.nixPath'
    - 'nix.keepOldNixPath'
    - 'nix.channels'
  '';
}
