{
  imports = [
    ./awesome.nix
    ./bspwm
    ./fluxbox.nix
    ./herbstluftwm.nix
    ./hyprland.nix
    ./i3-sway
    ./labwc
    ./river.nix
    ./spectrwm.nix
    ./wayfire.nix
    ./xmonad.nix
  ];
}
