# Home Manager module: loads the sandbox image into the user's rootless Podman store before the
# gateway starts, so `podman run localhost/nixclaw-sandbox` never needs a registry.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  cfg = config.services.nixclaw.sandboxImage;
in
{
  options.services.nixclaw.sandboxImage = {
    enable = lib.mkEnableOption "loading the NixClaw sandbox image into rootless Podman";
    image = lib.mkOption {
      type = lib.types.package;
      description = "An image archive built with dockerTools (sandbox-image.nix beside this file).";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.user.services.nixclaw-sandbox-image = {
      Unit = {
        Description = "Load the NixClaw sandbox image into Podman";
        Before = [ "nixclaw-gateway.service" ];
        X-Restart-Triggers = [ "${cfg.image}" ];
      };
      Service = {
        Type = "oneshot";
        RemainAfterExit = true;
        # Rootless Podman needs the setuid newuidmap/newgidmap from /run/wrappers/bin.
        Environment = [ "PATH=/run/wrappers/bin:/run/current-system/sw/bin" ];
        ExecStart = "${lib.getExe pkgs.podman} load --input ${cfg.image}";
      };
      Install.WantedBy = [ "default.target" ];
    };
  };
}
