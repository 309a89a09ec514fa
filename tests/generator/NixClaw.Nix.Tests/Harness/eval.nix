# Evaluates a generated flake (`nixDir`: the folder holding flake.nix) the way `nixos-rebuild`, colmena and
# deploy-rs would, but over this repository's copy of the upstream code (./inputs.nix) and offline:
# nixosConfigurations through the real disko, sops-nix and Home Manager NixOS modules and the real NixOS files in
# the tarball, plus the typed stand-in (./nixos-standin.nix); the colmena hive through colmena's own makeHive;
# deploy.nodes against deploy-rs's interface.json; checks through deploy-rs's deployChecks.
# The result is a JSON-able report of the values the declarations decide; forcing it runs every option-type
# check, the unknown-option check (Home Manager's per-user ones too) and collects NixOS assertions and warnings.
{
  nixDir,
  hosts ? null,
  # true: also evaluate colmena, deploy-rs and checks (each colmena node is a second NixOS evaluation).
  deployTools ? true,
}:
let
  available = import ./inputs.nix;
  inherit (available.nixpkgs) lib;

  flake = import (nixDir + "/flake.nix");

  # NixClaw's own flake (this repository), for generated flakes that still declare a `nixclaw` input.
  nixclaw = available.callFlake ../../.. { inherit (available) nixpkgs; };

  declared = builtins.attrNames (flake.inputs or { });
  known = removeAttrs available [ "callFlake" ] // {
    inherit nixclaw;
  };
  missing = builtins.filter (n: !(known ? ${n})) declared;
  inputs =
    if missing != [ ] then
      throw "the evaluation harness has no copy of flake input(s) ${builtins.concatStringsSep ", " missing}; add them to tests/generator/NixClaw.Nix.Tests/Harness/inputs.nix"
    else
      lib.getAttrs declared known;

  self =
    flake.outputs (inputs // { inherit self; })
    // {
      outPath = nixDir;
      inherit inputs;
      _type = "flake";
    };

  hostNames = if hosts == null then builtins.attrNames self.nixosConfigurations else hosts;

  failedAssertions = config: map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions);

  pathString = p: if p == null then null else toString p;

  # The module system checks a value's type only when the value is used. Every option a generated file defines
  # is forced here in full, so each definition meets its option's type even if nothing else reads it. Home Manager's
  # users are one option at this level; their units, files and programs are forced through the report below.
  generatedOptions =
    options:
    let
      # tryEval: listing the files of a few NixOS options (nixpkgs.system) evaluates a default that throws on purpose.
      fromGenerated =
        o:
        let
          r = builtins.tryEval (builtins.any (f: lib.hasPrefix (toString nixDir + "/") (toString f)) o.files);
        in
        r.success && r.value;
      # assertions: the messages of passing ones are never shown, and some read options on purpose unreadable;
      # extraSpecialArgs: module arguments (whole flakes), not configuration.
      isElsewhere = o: builtins.elem o.loc [
        [ "home-manager" "users" ]
        [ "home-manager" "extraSpecialArgs" ]
        [ "assertions" ]
        [ "warnings" ]
      ];
    in
    map (
      o:
      # An elaborated platform holds functions of other platforms; its system string is what the files set.
      if o.loc == [ "nixpkgs" "hostPlatform" ] then
        builtins.seq o.value.system (lib.showOption o.loc)
      else
        builtins.deepSeq (plain o.value) (lib.showOption o.loc)
    ) (
      builtins.filter (o: fromGenerated o && !isElsewhere o) (lib.collect lib.isOption options)
    );

  # A value as data: derivations by their path, functions skipped, and without the attributes disko computes for
  # itself (`_create`, `_meta`, ...: generated scripts, not declarations).
  plain =
    v:
    if builtins.isAttrs v then
      if v.type or null == "derivation" then
        v.drvPath
      else
        lib.mapAttrs (_: plain) (lib.filterAttrs (n: _: !lib.hasPrefix "_" n) v)
    else if builtins.isList v then
      map plain v
    else if builtins.isFunction v then
      null
    else
      v;

  # Keys the generated files write into freeform settings (sshd_config, nix.conf, Podman's network, systemd unit
  # sections of Home Manager): their option types accept any key, as upstream's do, so a misspelt key would pass
  # every type check. UpstreamEvaluation compares them with SettingsKeys.txt.
  fromGeneratedFile = f: lib.hasPrefix (toString nixDir + "/") (toString f);
  generatedKeys =
    prefix: option:
    map (k: prefix + "." + k) (
      lib.unique (
        lib.concatMap (d: builtins.attrNames d.value) (
          builtins.filter (d: fromGeneratedFile d.file && builtins.isAttrs d.value) option.definitionsWithLocations
        )
      )
    );
  unitKeys =
    kind: units:
    lib.concatLists (
      lib.mapAttrsToList (
        _: unit:
        lib.concatLists (
          lib.mapAttrsToList (
            section: keys: map (k: "systemd.user.${kind}.<unit>.${section}.${k}") (builtins.attrNames keys)
          ) unit
        )
      ) units
    );
  settingsKeys =
    nixos:
    lib.unique (
      generatedKeys "services.openssh.settings" nixos.options.services.openssh.settings
      ++ generatedKeys "nix.settings" nixos.options.nix.settings
      ++ generatedKeys "virtualisation.podman.defaultNetwork.settings" nixos.options.virtualisation.podman.defaultNetwork.settings
      ++ lib.concatLists (
        lib.mapAttrsToList (
          _: hm: unitKeys "services" hm.systemd.user.services ++ unitKeys "timers" hm.systemd.user.timers
        ) nixos.config.home-manager.users
      )
    );

  report =
    nixos:
    let
      inherit (nixos) config;
      users = config.users.users;
    in
    {
      checkedOptions = generatedOptions nixos.options;
      settingsKeys = settingsKeys nixos;
      assertions = failedAssertions config;
      inherit (config) warnings;
      hostName = config.networking.hostName;
      timeZone = config.time.timeZone;
      stateVersion = config.system.stateVersion;
      hostPlatform = config.nixpkgs.hostPlatform.system;
      users = lib.mapAttrs (_: u: {
        inherit (u)
          name
          isNormalUser
          isSystemUser
          group
          extraGroups
          home
          createHome
          linger
          autoSubUidGidRange
          description
          ;
        uid = u.uid;
        shell = if u.shell == null then null else u.shell.name or (toString u.shell);
        hashedPasswordFile = pathString u.hashedPasswordFile;
        authorizedKeys = u.openssh.authorizedKeys.keys;
        subUidRanges = u.subUidRanges;
      }) (lib.filterAttrs (_: u: u.isNormalUser) users);
      groups = builtins.attrNames config.users.groups;
      wheelNeedsPassword = config.security.sudo.wheelNeedsPassword;
      shells = {
        fish = config.programs.fish.enable;
        zsh = config.programs.zsh.enable;
      };
      secrets = lib.mapAttrs (_: s: {
        inherit (s)
          key
          path
          owner
          group
          mode
          neededForUsers
          format
          ;
        sopsFile = toString s.sopsFile;
      }) config.sops.secrets;
      templates = lib.mapAttrs (_: t: {
        inherit (t)
          path
          owner
          mode
          content
          ;
      }) config.sops.templates;
      sops = {
        defaultSopsFile = toString config.sops.defaultSopsFile;
        validateSopsFiles = config.sops.validateSopsFiles;
        ageKeyFile = config.sops.age.keyFile;
        ageSshKeyPaths = config.sops.age.sshKeyPaths;
      };
      home = lib.mapAttrs (_: hm: {
        username = hm.home.username;
        homeDirectory = hm.home.homeDirectory;
        stateVersion = hm.home.stateVersion;
        services = hm.systemd.user.services;
        timers = hm.systemd.user.timers;
        fish = {
          enable = hm.programs.fish.enable;
          interactiveShellInit = hm.programs.fish.interactiveShellInit;
        };
        packages = map (p: p.name) hm.home.packages;
        # Home Manager users are one option at the NixOS level, so what their generated files set is forced here.
        activation = lib.mapAttrs (_: a: a.data) hm.home.activation;
        files = lib.mapAttrs (_: f: {
          inherit (f) target;
          source = toString f.source;
        }) hm.home.file;
        zsh = {
          enable = hm.programs.zsh.enable;
          initContent = hm.programs.zsh.initContent;
        };
        bash = {
          enable = hm.programs.bash.enable;
          initExtra = hm.programs.bash.initExtra;
        };
      }) config.home-manager.users;
      # The NixOS units Home Manager adds (one activation service per user).
      systemServices = builtins.attrNames config.systemd.services;
      fileSystems = lib.mapAttrs (_: fs: {
        inherit (fs)
          device
          fsType
          options
          mountPoint
          ;
      }) config.fileSystems;
      swapDevices = map (s: s.device) config.swapDevices;
      disko = builtins.attrNames config.disko.devices.disk;
      grubDevices = config.boot.loader.grub.devices;
      boot = {
        systemdBoot = config.boot.loader.systemd-boot.enable;
        canTouchEfiVariables = config.boot.loader.efi.canTouchEfiVariables;
        initrdModules = config.boot.initrd.availableKernelModules;
      };
      openssh = {
        inherit (config.services.openssh) enable openFirewall ports;
        settings = {
          inherit (config.services.openssh.settings) PermitRootLogin PasswordAuthentication KbdInteractiveAuthentication;
        };
      };
      tailscale = {
        inherit (config.services.tailscale)
          enable
          openFirewall
          extraUpFlags
          extraSetFlags
          ;
        authKeyFile = pathString config.services.tailscale.authKeyFile;
      };
      firewall.trustedInterfaces = config.networking.firewall.trustedInterfaces;
      podman = {
        inherit (config.virtualisation.podman) enable;
        dns = config.virtualisation.podman.defaultNetwork.settings.dns_enabled or null;
      };
      nixSettings = {
        experimental-features = config.nix.settings.experimental-features or [ ];
        inherit (config.nix.settings) trusted-users;
      };
      systemPackages = map (p: p.name) config.environment.systemPackages;
      qemuGuest = config.services.qemuGuest.enable;
      toplevel = config.system.build.toplevel.drvPath;
    };

  # deploy-rs checks `deploy` with check-jsonschema against interface.json when the check is built; this is the
  # same schema applied here, during evaluation (the JSON Schema keywords interface.json uses).
  schema = builtins.fromJSON (builtins.readFile (inputs.deploy-rs or available.deploy-rs + "/interface.json"));
  validate =
    where: s: v:
    let
      resolved = if s ? "$ref" then schema.definitions.${lib.removePrefix "#/definitions/" s."$ref"} else s;
      typeOk =
        t:
        {
          object = builtins.isAttrs v;
          string = builtins.isString v;
          boolean = builtins.isBool v;
          integer = builtins.isInt v;
          array = builtins.isList v;
        }
        .${t};
      typeErrors = lib.optional (
        resolved ? type && !typeOk resolved.type
      ) "${where}: expected ${resolved.type}, got ${builtins.typeOf v}";
      objectErrors = lib.optionals (builtins.isAttrs v) (
        map (r: "${where}: required property '${r}' is missing") (
          builtins.filter (r: !(v ? ${r})) (resolved.required or [ ])
        )
        ++ lib.concatLists (
          lib.mapAttrsToList (
            name: value:
            let
              patterns = lib.filterAttrs (p: _: builtins.match ".*${p}.*" name != null) (
                resolved.patternProperties or { }
              );
            in
            lib.optionals (resolved ? properties.${name}) (validate "${where}.${name}" resolved.properties.${name} value)
            ++ lib.concatLists (lib.mapAttrsToList (_: ps: validate "${where}.${name}" ps value) patterns)
            ++ lib.optional (
              (resolved.additionalProperties or true) == false
              && !(resolved ? properties.${name})
              && patterns == { }
            ) "${where}: property '${name}' is not allowed"
          ) v
        )
      );
      arrayErrors = lib.optionals (builtins.isList v && resolved ? items) (
        lib.concatLists (lib.imap0 (i: x: validate "${where}[${toString i}]" resolved.items x) v)
      );
      allOfErrors = lib.concatMap (sub: validate where sub v) (resolved.allOf or [ ]);
    in
    typeErrors ++ objectErrors ++ arrayErrors ++ allOfErrors;

  deployJson = builtins.fromJSON (builtins.unsafeDiscardStringContext (builtins.toJSON self.deploy));

  colmenaHive = self.colmenaHive;
in
{
  inputs = declared;
  hosts = lib.genAttrs hostNames (name: report self.nixosConfigurations.${name});
}
// lib.optionalAttrs (deployTools && self ? colmenaHive) {
  colmena = {
    schema = colmenaHive.__schema;
    nodes = builtins.attrNames colmenaHive.nodes;
    deployment = lib.mapAttrs (_: d: {
      inherit (d)
        targetHost
        targetPort
        targetUser
        tags
        buildOnTarget
        allowLocalDeployment
        ;
    }) colmenaHive.deploymentConfig;
    assertions = lib.mapAttrs (_: n: failedAssertions n.config) colmenaHive.nodes;
    toplevel = lib.mapAttrs (_: t: t.drvPath) colmenaHive.toplevel;
  };
}
// lib.optionalAttrs (deployTools && self ? deploy) {
  deploy = {
    nodes = lib.mapAttrs (_: n: {
      hostname = n.hostname or null;
      sshUser = n.sshUser or null;
      profiles = lib.mapAttrs (_: p: {
        inherit (p) user;
        path = toString p.path;
      }) n.profiles;
    }) self.deploy.nodes;
    schemaErrors = validate "deploy" schema deployJson;
    checks = lib.mapAttrs (_: c: builtins.attrNames c) (self.checks or { });
    checkDrvs = lib.mapAttrs (_: c: lib.mapAttrs (_: d: d.drvPath) c) (self.checks or { });
  };
}
