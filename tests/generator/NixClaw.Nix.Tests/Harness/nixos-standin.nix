# Typed stand-in for the NixOS 25.11 options that neither the generated files nor the upstream modules under test
# (disko, sops-nix, Home Manager, nixpkgs' users-groups.nix, assertions.nix, nixpkgs.nix, qemu-guest.nix) declare
# themselves, because the rest of nixpkgs is not available here. Each option is declared with the name, type and
# default of its NixOS 25.11 declaration; the comment above each group names the nixpkgs file
# (nixos/modules/...) it is copied from. Options the generated files set are typed as strictly as upstream (enums,
# ports, submodules with their declared keys); options only the upstream modules write (systemd units,
# activation scripts, /etc) keep upstream's outer type, with the unit contents left open (`attrs`/freeform),
# because what is checked here is what the generator emits, not what NixOS writes for itself.
# Nothing in here implements behaviour, except what other checked modules read back:
# `system.build.toplevel` (deploy-rs), `fileSystems`/`swapDevices` (from disko) and `services.openssh.hostKeys`.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  inherit (lib) mkOption types;

  # nixos/lib/systemd-lib.nix / systemd-unit-options.nix: a unit is a submodule of many options; here the unit
  # names are checked (attrsOf) and the bodies left open.
  unitsOption = mkOption {
    type = types.attrsOf (types.submodule { freeformType = types.attrsOf types.anything; });
    default = { };
  };

  # nixos/modules/config/nix.nix: `semanticConfType` of nix.settings.
  confAtom =
    types.nullOr (
      types.oneOf [
        types.bool
        types.int
        types.float
        types.str
        types.path
        types.package
      ]
    )
    // {
      description = "Nix config atom (null, bool, int, float, str, path or package)";
    };
  semanticConfType = types.attrsOf (types.either confAtom (types.listOf confAtom));

  fileSystemType = types.submodule (
    { name, ... }:
    {
      # nixos/modules/tasks/filesystems.nix: fileSystemOpts + addCheckDesc on mountPoint.
      options = {
        mountPoint = mkOption {
          type = types.addCheck types.str (s: lib.hasPrefix "/" s) // {
            description = "absolute path";
          };
          default = name;
        };
        device = mkOption {
          type = types.nullOr types.nonEmptyStr;
          default = null;
        };
        fsType = mkOption {
          type = types.nonEmptyStr;
          default = "auto";
        };
        options = mkOption {
          type = types.nonEmptyListOf types.nonEmptyStr;
          default = [ "defaults" ];
        };
        label = mkOption {
          type = types.nullOr types.str;
          default = null;
        };
        depends = mkOption {
          type = types.listOf types.str;
          default = [ ];
        };
        neededForBoot = mkOption {
          type = types.bool;
          default = false;
        };
        noCheck = mkOption {
          type = types.bool;
          default = false;
        };
        autoFormat = mkOption {
          type = types.bool;
          default = false;
        };
        autoResize = mkOption {
          type = types.bool;
          default = false;
        };
        formatOptions = mkOption {
          type = types.nullOr types.str;
          default = null;
        };
        stratis.poolUuid = mkOption {
          type = types.nullOr types.str;
          default = null;
        };
      };
    }
  );
in
{
  options = {
    # nixos/modules/misc/version.nix
    system.stateVersion = mkOption {
      type = types.str;
      default = "25.11";
    };
    # nixos/modules/system/activation/top-level.nix: system.build is `lazyAttrsOf unspecified`; toplevel is
    # what nixos-rebuild, colmena and deploy-rs build. Here a never-built stand-in derivation.
    system.build = mkOption {
      type = types.submoduleWith {
        modules = [ { freeformType = types.lazyAttrsOf types.unspecified; } ];
      };
      default = { };
    };
    # nixos/modules/system/activation/activation-script.nix
    system.activationScripts = mkOption {
      type = types.attrsOf (types.either types.str (types.submodule { freeformType = types.attrsOf types.anything; }));
      default = { };
    };
    system.userActivationScripts = mkOption {
      type = types.attrsOf types.unspecified;
      default = { };
    };
    # nixos/modules/system/activation/top-level.nix
    system.extraDependencies = mkOption {
      type = types.listOf types.pathInStore;
      default = [ ];
    };
    system.checks = mkOption {
      type = types.listOf types.package;
      default = [ ];
    };
    system.extraSystemBuilderCmds = mkOption {
      type = types.lines;
      default = "";
    };
    # nixos/modules/config/system-path.nix
    system.path = mkOption {
      type = types.path;
      default = pkgs.buildEnv { name = "system-path"; };
    };

    # nixos/modules/tasks/network-interfaces.nix
    networking.hostName = mkOption {
      default = "nixos";
      type = types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
    };
    networking.domain = mkOption {
      default = null;
      type = types.nullOr (types.strMatching ''^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?(\.[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?)*$'');
    };
    # nixos/modules/services/networking/firewall.nix
    networking.firewall.enable = mkOption {
      type = types.bool;
      default = true;
    };
    networking.firewall.trustedInterfaces = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    networking.firewall.allowedTCPPorts = mkOption {
      type = types.listOf types.port;
      default = [ ];
    };
    networking.firewall.allowedUDPPorts = mkOption {
      type = types.listOf types.port;
      default = [ ];
    };

    # nixos/modules/config/locale.nix
    time.timeZone = mkOption {
      default = null;
      type = types.nullOr (
        types.addCheck types.str (str: builtins.match "[^ ]*" str != null)
        // {
          description = "string without spaces";
        }
      );
    };
    # nixos/modules/config/i18n.nix
    i18n.glibcLocales = mkOption {
      type = types.path;
      default = pkgs.glibcLocales;
    };
    # nixos/modules/config/fonts/fontconfig.nix
    fonts.fontconfig.enable = mkOption {
      type = types.bool;
      default = true;
    };

    # nixos/modules/system/boot/loader/systemd-boot/systemd-boot.nix
    boot.loader.systemd-boot.enable = mkOption {
      default = false;
      type = types.bool;
    };
    # nixos/modules/system/boot/loader/efi.nix
    boot.loader.efi.canTouchEfiVariables = mkOption {
      default = false;
      type = types.bool;
    };
    boot.loader.efi.efiSysMountPoint = mkOption {
      default = "/boot";
      type = types.str;
    };
    # nixos/modules/system/boot/loader/grub/grub.nix
    boot.loader.grub.enable = mkOption {
      default = false;
      type = types.bool;
    };
    boot.loader.grub.devices = mkOption {
      default = [ ];
      type = types.listOf types.str;
    };
    boot.loader.grub.efiSupport = mkOption {
      default = false;
      type = types.bool;
    };
    boot.loader.grub.mirroredBoots = mkOption {
      default = [ ];
      type = types.listOf (types.attrsOf types.anything);
    };
    # nixos/modules/system/boot/kernel.nix
    boot.initrd.availableKernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    boot.initrd.kernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    boot.kernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    boot.kernelParams = mkOption {
      type = types.listOf (types.strMatching ''([^"[:space:]]|"[^"]*")+'');
      default = [ ];
    };
    boot.kernelPackages = mkOption {
      type = types.raw;
      default = {
        kernel = pkgs.hello;
      };
    };
    # nixos/modules/tasks/filesystems.nix
    boot.supportedFilesystems = mkOption {
      type = types.either (types.attrsOf types.bool) (types.listOf types.str);
      default = { };
    };
    boot.initrd.supportedFilesystems = mkOption {
      type = types.either (types.attrsOf types.bool) (types.listOf types.str);
      default = { };
    };
    # nixos/modules/system/boot/luksroot.nix
    boot.initrd.luks.devices = mkOption {
      type = types.attrsOf (types.submodule { freeformType = types.attrsOf types.anything; });
      default = { };
    };
    # nixos/modules/system/boot/stage-1.nix
    boot.resumeDevice = mkOption {
      type = types.str;
      default = "";
    };
    boot.initrd.postDeviceCommands = mkOption {
      type = types.lines;
      default = "";
    };
    boot.initrd.preDeviceCommands = mkOption {
      type = types.lines;
      default = "";
    };
    boot.initrd.postMountCommands = mkOption {
      type = types.lines;
      default = "";
    };
    boot.initrd.services.lvm.enable = mkOption {
      type = types.bool;
      default = false;
    };
    boot.initrd.services.swraid.enable = mkOption {
      type = types.bool;
      default = false;
    };
    boot.swraid.enable = mkOption {
      type = types.bool;
      default = false;
    };
    boot.swraid.mdadmConf = mkOption {
      type = types.lines;
      default = "";
    };
    # nixos/modules/system/boot/systemd/initrd.nix
    boot.initrd.systemd.enable = mkOption {
      type = types.bool;
      default = false;
    };
    boot.initrd.systemd.services = unitsOption;
    boot.initrd.systemd.contents = mkOption {
      type = types.attrsOf types.anything;
      default = { };
    };
    boot.initrd.systemd.storePaths = mkOption {
      type = types.listOf types.anything;
      default = [ ];
    };
    # nixos/modules/tasks/filesystems/zfs.nix
    boot.zfs.devNodes = mkOption {
      type = types.path;
      default = "/dev/disk/by-id";
    };
    boot.zfs.extraPools = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    # nixos/modules/tasks/filesystems.nix
    fileSystems = mkOption {
      type = types.attrsOf fileSystemType;
      default = { };
    };
    # nixos/modules/config/swap.nix (swapDevices is `listOf (submodule swapCfg)`)
    swapDevices = mkOption {
      type = types.listOf (types.submodule { freeformType = types.attrsOf types.anything; });
      default = [ ];
    };
    # nixos/modules/tasks/lvm.nix
    services.lvm.boot.thin.enable = mkOption {
      type = types.bool;
      default = false;
    };

    # nixos/modules/config/nix.nix (settings: a submodule whose freeform type is semanticConfType)
    nix.enable = mkOption {
      type = types.bool;
      default = true;
    };
    nix.package = mkOption {
      type = types.package;
      default = pkgs.nix;
    };
    nix.settings = mkOption {
      type = types.submodule {
        freeformType = semanticConfType;
        options = {
          trusted-users = mkOption {
            type = types.listOf types.str;
            default = [ "root" ];
          };
          allowed-users = mkOption {
            type = types.listOf types.str;
            default = [ "*" ];
          };
          substituters = mkOption {
            type = types.listOf types.str;
            default = [ ];
          };
          trusted-public-keys = mkOption {
            type = types.listOf types.str;
            default = [ ];
          };
          auto-optimise-store = mkOption {
            type = types.bool;
            default = false;
          };
          sandbox = mkOption {
            type = types.either types.bool (types.enum [ "relaxed" ]);
            default = true;
          };
          system-features = mkOption {
            type = types.listOf types.str;
            default = [ ];
          };
        };
      };
      default = { };
    };

    # nixos/modules/services/networking/ssh/sshd.nix
    services.openssh = {
      enable = mkOption {
        type = types.bool;
        default = false;
      };
      openFirewall = mkOption {
        type = types.bool;
        default = true;
      };
      ports = mkOption {
        type = types.listOf types.port;
        default = [ 22 ];
      };
      hostKeys = mkOption {
        type = types.listOf types.attrs;
        default = [
          {
            type = "rsa";
            bits = 4096;
            path = "/etc/ssh/ssh_host_rsa_key";
          }
          {
            type = "ed25519";
            path = "/etc/ssh/ssh_host_ed25519_key";
          }
        ];
      };
      # settings: freeformType = settingsFormat.type (sshd_config key/values), with typed keys.
      settings = mkOption {
        default = { };
        type = types.submodule {
          freeformType = types.attrsOf (types.nullOr (types.oneOf [ types.bool types.int types.str (types.listOf types.str) ]));
          options = {
            Banner = mkOption {
              type = types.nullOr types.str;
              default = null;
            };
            Ciphers = mkOption {
              type = types.nullOr (types.listOf types.str);
              default = null;
            };
            X11Forwarding = mkOption {
              type = types.bool;
              default = false;
            };
            PasswordAuthentication = mkOption {
              type = types.bool;
              default = true;
            };
            PermitRootLogin = mkOption {
              default = "prohibit-password";
              type = types.enum [
                "yes"
                "without-password"
                "prohibit-password"
                "forced-commands-only"
                "no"
              ];
            };
            AuthorizedPrincipalsFile = mkOption {
              type = types.nullOr types.str;
              default = "none";
            };
            LogLevel = mkOption {
              type = types.nullOr (
                types.enum [
                  "QUIET"
                  "FATAL"
                  "ERROR"
                  "INFO"
                  "VERBOSE"
                  "DEBUG"
                  "DEBUG1"
                  "DEBUG2"
                  "DEBUG3"
                ]
              );
              default = "INFO";
            };
            UseDns = mkOption {
              type = types.nullOr types.bool;
              default = false;
            };
            UsePAM = mkOption {
              type = types.nullOr types.bool;
              default = true;
            };
            StrictModes = mkOption {
              type = types.nullOr types.bool;
              default = true;
            };
            KbdInteractiveAuthentication = mkOption {
              type = types.bool;
              default = true;
            };
            GatewayPorts = mkOption {
              type = types.str;
              default = "no";
            };
            AllowUsers = mkOption {
              type = types.nullOr (types.listOf types.str);
              default = null;
            };
            AllowGroups = mkOption {
              type = types.nullOr (types.listOf types.str);
              default = null;
            };
            DenyUsers = mkOption {
              type = types.nullOr (types.listOf types.str);
              default = null;
            };
            DenyGroups = mkOption {
              type = types.nullOr (types.listOf types.str);
              default = null;
            };
            PrintMotd = mkOption {
              type = types.nullOr types.bool;
              default = false;
            };
          };
        };
      };
    };

    # nixos/modules/services/networking/ssh/sshd.nix extends users.users with `userOptions`.
    users.users = mkOption {
      type = types.attrsOf (
        types.submodule {
          options.openssh.authorizedKeys = {
            keys = mkOption {
              type = types.listOf types.singleLineStr;
              default = [ ];
            };
            keyFiles = mkOption {
              type = types.listOf types.path;
              default = [ ];
            };
          };
          options.openssh.authorizedPrincipals = mkOption {
            type = types.listOf types.singleLineStr;
            default = [ ];
          };
        }
      );
    };

    # nixos/modules/services/networking/tailscale.nix
    services.tailscale = {
      enable = mkOption {
        type = types.bool;
        default = false;
      };
      port = mkOption {
        type = types.port;
        default = 41641;
      };
      interfaceName = mkOption {
        type = types.str;
        default = "tailscale0";
      };
      permitCertUid = mkOption {
        type = types.nullOr types.nonEmptyStr;
        default = null;
      };
      openFirewall = mkOption {
        type = types.bool;
        default = false;
      };
      useRoutingFeatures = mkOption {
        type = types.enum [
          "none"
          "client"
          "server"
          "both"
        ];
        default = "none";
      };
      authKeyFile = mkOption {
        type = types.nullOr types.path;
        default = null;
      };
      authKeyParameters = {
        ephemeral = mkOption {
          type = types.nullOr types.bool;
          default = null;
        };
        preauthorized = mkOption {
          type = types.nullOr types.bool;
          default = null;
        };
        baseURL = mkOption {
          type = types.nullOr types.str;
          default = null;
        };
      };
      extraUpFlags = mkOption {
        type = types.listOf types.str;
        default = [ ];
      };
      extraSetFlags = mkOption {
        type = types.listOf types.str;
        default = [ ];
      };
      extraDaemonFlags = mkOption {
        type = types.listOf types.str;
        default = [ ];
      };
      disableTaildrop = mkOption {
        type = types.bool;
        default = false;
      };
    };

    # nixos/modules/virtualisation/qemu-guest-agent.nix
    services.qemuGuest.enable = mkOption {
      type = types.bool;
      default = false;
    };
    # nixos/modules/services/system/userborn.nix
    services.userborn.enable = mkOption {
      type = types.bool;
      default = false;
    };
    # nixos/modules/system/boot/systemd/sysusers.nix
    systemd.sysusers.enable = mkOption {
      type = types.bool;
      default = false;
    };
    # nixos/modules/security/google_oslogin.nix
    security.googleOsLogin.enable = mkOption {
      type = types.bool;
      default = false;
    };

    # nixos/modules/virtualisation/podman/default.nix
    virtualisation.podman = {
      enable = mkOption {
        type = types.bool;
        default = false;
      };
      dockerSocket.enable = mkOption {
        type = types.bool;
        default = false;
      };
      dockerCompat = mkOption {
        type = types.bool;
        default = false;
      };
      enableNvidia = mkOption {
        type = types.bool;
        default = false;
      };
      extraPackages = mkOption {
        type = types.listOf types.package;
        default = [ ];
      };
      autoPrune.enable = mkOption {
        type = types.bool;
        default = false;
      };
      defaultNetwork.settings = mkOption {
        type = (pkgs.formats.json { }).type;
        default = { };
      };
    };

    # nixos/modules/programs/fish.nix, zsh/zsh.nix, bash/bash.nix
    programs.fish.enable = mkOption {
      type = types.bool;
      default = false;
    };
    programs.zsh.enable = mkOption {
      type = types.bool;
      default = false;
    };
    # nixos/modules/programs/xonsh.nix
    programs.xonsh.enable = mkOption {
      type = types.bool;
      default = false;
    };
    programs.bash.enable = mkOption {
      type = types.bool;
      default = true;
    };
    # nixos/modules/security/sudo.nix
    security.sudo.enable = mkOption {
      type = types.bool;
      default = true;
    };
    security.sudo.wheelNeedsPassword = mkOption {
      type = types.bool;
      default = true;
    };
    # nixos/modules/security/wrappers/default.nix
    security.wrappers = mkOption {
      type = types.attrsOf (types.submodule { freeformType = types.attrsOf types.anything; });
      default = { };
    };
    # nixos/modules/security/pam.nix
    security.pam.services = mkOption {
      type = types.attrsOf (types.submodule { freeformType = types.attrsOf types.anything; });
      default = { };
    };

    # nixos/modules/config/system-path.nix
    environment.systemPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
    };
    environment.pathsToLink = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    environment.extraOutputsToInstall = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    # nixos/modules/config/shells-environment.nix
    environment.shells = mkOption {
      type = types.listOf (types.either types.shellPackage types.path);
      default = [ ];
    };
    users.defaultUserShell = mkOption {
      type = types.either types.path types.shellPackage;
      default = pkgs.bashInteractive;
    };
    environment.variables = mkOption {
      type = types.attrsOf (types.oneOf [ (types.listOf (types.oneOf [ types.int types.str types.path ])) types.int types.str types.path ]);
      default = { };
    };
    environment.sessionVariables = mkOption {
      type = types.attrsOf (types.oneOf [ (types.listOf (types.oneOf [ types.int types.str types.path ])) types.int types.str types.path ]);
      default = { };
    };
    environment.profiles = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    environment.profileRelativeSessionVariables = mkOption {
      type = types.attrsOf (types.listOf types.str);
      default = { };
    };
    # nixos/modules/system/etc/etc.nix
    environment.etc = mkOption {
      type = types.attrsOf (types.submodule { freeformType = types.attrsOf types.anything; });
      default = { };
    };

    # nixos/modules/system/boot/systemd.nix (system units) and systemd/user.nix
    systemd.package = mkOption {
      type = types.package;
      default = pkgs.systemd;
    };
    systemd.services = unitsOption;
    systemd.timers = unitsOption;
    systemd.sockets = unitsOption;
    systemd.targets = unitsOption;
    systemd.paths = unitsOption;
    systemd.mounts = mkOption {
      type = types.listOf (types.submodule { freeformType = types.attrsOf types.anything; });
      default = [ ];
    };
    systemd.tmpfiles.rules = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
    systemd.tmpfiles.settings = mkOption {
      type = types.attrsOf (types.attrsOf (types.attrsOf types.anything));
      default = { };
    };
    systemd.user.services = unitsOption;
    systemd.user.timers = unitsOption;
    # nixos/modules/system/boot/systemd/tmpfiles.nix: packages
    systemd.packages = mkOption {
      type = types.listOf types.package;
      default = [ ];
    };

    # nixos/modules/misc/ids.nix
    ids.uids = mkOption {
      type = types.attrsOf types.int;
      default = {
        root = 0;
        nixbld = 30000;
        nobody = 65534;
      };
    };
    ids.gids = mkOption {
      type = types.attrsOf types.int;
      default = {
        root = 0;
        wheel = 1;
        kmem = 2;
        tty = 3;
        disk = 6;
        audio = 17;
        floppy = 18;
        uucp = 19;
        lp = 20;
        cdrom = 24;
        tape = 25;
        video = 26;
        dialout = 27;
        utmp = 29;
        adm = 55;
        keys = 96;
        users = 100;
        input = 174;
        kvm = 302;
        render = 303;
        sgx = 304;
        shadow = 318;
        # Read by the newer users-groups.nix in the tarball; not in 25.11's ids.nix, so any unused gid.
        clock = 399;
        nixbld = 30000;
        nogroup = 65534;
      };
    };

    # nixos/modules/virtualisation/build-vm.nix (disko's module writes vmVariantWithDisko through its own
    # option; virtualisation.vmVariant is read by nothing checked here).
    virtualisation.vmVariant = mkOption {
      type = types.deferredModule;
      default = { };
    };
  };

  config = {
    # nixos/modules/misc/extra-arguments.nix passes `utils` (nixos/lib/utils.nix); Home Manager's NixOS module
    # uses escapeSystemdPath from it, copied here.
    _module.args.utils = {
      escapeSystemdPath =
        s:
        let
          replacePrefix =
            p: r: s:
            if lib.hasPrefix p s then r + lib.removePrefix p s else s;
          trim = s: lib.removeSuffix "/" (lib.removePrefix "/" s);
          normalizedPath = lib.strings.normalizePath s;
        in
        builtins.replaceStrings [ "/" ] [ "-" ] (
          replacePrefix "." (lib.strings.escapeC [ "." ] ".") (
            lib.strings.escapeC (lib.stringToCharacters " !\"#$%&'()*+,;<=>=@[\\]^`{|}~-") (
              if normalizedPath == "/" then normalizedPath else trim normalizedPath
            )
          )
        );
    };
    # As nixos/modules/system/activation/top-level.nix does: failed assertions stop the build with NixOS' own
    # message, warnings are shown, and the system depends on the activation script and on every unit, so
    # evaluating its store path evaluates them (sops-nix's manifest, with the hash of every secrets file, is in
    # the activation script).
    system.build.toplevel =
      let
        failedAssertions = map (x: x.message) (builtins.filter (x: !x.assertion) config.assertions);
        system = derivation {
          name = "nixos-system-${config.networking.hostName}";
          system = config.nixpkgs.hostPlatform.system;
          builder = "/bin/sh";
          activate = lib.concatStringsSep "\n" (
            lib.mapAttrsToList (_: a: if builtins.isString a then a else a.text or "") (
              # users-groups.nix's script runs update-users-groups.pl, which is not in the tarball.
              removeAttrs config.system.activationScripts [ "users" ]
            )
          );
          units = builtins.toJSON (lib.mapAttrs (_: u: u.serviceConfig or { }) config.systemd.services);
        };
      in
      if failedAssertions != [ ] then
        throw "\nFailed assertions:\n${lib.concatStringsSep "\n" (map (x: "- ${x}") failedAssertions)}"
      else
        lib.showWarnings config.warnings system;
    # nixos/modules/misc/ids.nix's usual users/groups the NixOS base creates (users-groups.nix reads them).
    users.groups.keys.gid = lib.mkDefault config.ids.gids.keys;
  };
}
