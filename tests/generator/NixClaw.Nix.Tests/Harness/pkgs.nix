# Stand-in for a nixpkgs package set (`import nixpkgs { system = ...; }`), which is not available here (4.4 GB,
# and its top level refuses Nix < 2.18). Every package is a real `derivation` that is never built, so store paths,
# string contexts and `lib.getExe` behave as they do with nixpkgs; builders (writeText, buildEnv, dockerTools, ...)
# return such derivations and keep their arguments in `passthru`-like attributes for inspection. NixOS and Home
# Manager modules only read packages lazily, so this is enough for option and assertion checks: nothing here is a
# claim about what a package contains.
{
  lib,
  system,
  path,
  overlays ? [ ],
}:
let
  platform = lib.systems.elaborate system;

  fake = name: extra: fakeWith name { } extra;

  # `env` becomes part of the derivation (so its store path depends on it, and evaluating the path evaluates it,
  # as with nixpkgs' builders: a text file's text, a command's environment).
  fakeWith =
    name: env: extra:
    let
      drv = derivation (
        env
        // {
          # dockerTools and others derive the store name from an image name such as "localhost/x".
          name = baseNameOf name;
          inherit system;
          builder = "/bin/sh";
          args = [
            "-c"
            "echo NixClaw test stand-in, never built; exit 1"
          ];
        }
      );
    in
    drv
    // {
      pname = name;
      version = "0";
      meta = {
        mainProgram = name;
        description = "stand-in for pkgs.${name}";
      };
      overrideAttrs = _: fake name extra;
      # Interpreters (perl, python3, ...): an environment with modules.
      withPackages = _: fake "${name}-with-packages" { };
      override = _: fake name extra;
      passthru = { };
    }
    // extra;

  builder = kind: args: fake (args.name or args.pname or kind) { builtWith = kind; };
  named = name: _: fake name { };

  # Packages modules refer to by name (NixOS, Home Manager, sops-nix, disko, the generated files).
  packageNames = [
    "age"
    "bash"
    "bashInteractive"
    "busybox"
    "coreutils"
    "curl"
    "diffutils"
    "dosfstools"
    "e2fsprogs"
    "btrfs-progs"
    "xfsprogs"
    "f2fs-tools"
    "bcachefs-tools"
    "ntfs3g"
    "zfs"
    "findutils"
    "fish"
    "fontconfig"
    "gawk"
    "git"
    "glibcLocales"
    "gnugrep"
    "gnupg"
    "gnused"
    "gnutar"
    "gptfdisk"
    "gzip"
    "home-manager"
    "jq"
    "just"
    "less"
    "lvm2"
    "mdadm"
    "ncurses"
    "nix"
    "nixfmt-rfc-style"
    "openssh"
    "openssl"
    "parted"
    "podman"
    "procps"
    "python3"
    "runtimeShellPackage"
    "shadow"
    "sops"
    "ssh-to-age"
    "ssh-to-pgp"
    "sudo"
    "systemd"
    "tailscale"
    "util-linux"
    "which"
    "xz"
    "zlib"
    "zsh"
    "sd-switch"
    "emptyDirectory"
    "nix-zsh-completions"
    "zsh-completions"
    "bash-completion"
    "shared-mime-info"
    "man"
    "xonsh"
    "cryptsetup"
    "mkpasswd"
    "gettext"
    "dconf"
    "man-db"
    "nix-bash-completions"
    "hostname"
    "perl"
    "stdenvNoCC"
    "go"
    "unixtools"
  ];

  pkgs =
    lib.genAttrs packageNames (n: fake n { })
    // {
      _type = "pkgs";
      inherit lib path system;
      pkgs = pkgs;
      inherit overlays;
      config = { };
      appendOverlays = more: withOverlays (overlays ++ more);
      extend = overlay: withOverlays (overlays ++ [ overlay ]);
      buildPackages = pkgs;
      pkgsBuildHost = pkgs;
      targetPackages = pkgs;

      stdenv = fake "stdenv" {
        hostPlatform = platform;
        buildPlatform = platform;
        targetPlatform = platform;
        isLinux = platform.isLinux;
        isDarwin = platform.isDarwin;
        shell = "/bin/sh";
        mkDerivation = builder "mkDerivation";
        cc = fake "cc" { };
      };
      stdenvNoCC = pkgs.stdenv;
      runtimeShell = "${pkgs.bash}/bin/bash";

      callPackage =
        fn: overrides:
        let
          f = if builtins.isFunction fn then fn else import fn;
        in
        f (builtins.intersectAttrs (builtins.functionArgs f) (pkgs // overrides));

      writeText = name: text: fakeWith name { inherit text; } { };
      writeTextDir = name: text: fakeWith (baseNameOf name) { inherit text; } { };
      writeTextFile = args: fakeWith args.name { inherit (args) text; } { };
      writeScript = name: text: fakeWith name { inherit text; } { };
      writeScriptBin = name: text: fakeWith name { inherit text; } { };
      writeShellScript = name: text: fakeWith name { inherit text; } { };
      writeShellScriptBin = name: text: fakeWith name { inherit text; } { };
      writeShellApplication = args: fakeWith args.name { inherit (args) text; } { };
      writeClosure = _: fake "closure" { };
      writeReferencesToFile = _: fake "references" { };
      runCommand = name: _: _: fake name { };
      runCommandLocal = name: _: _: fake name { };
      runCommandNoCC = name: _: _: fake name { };
      runCommandNoCCLocal = name: _: _: fake name { };
      symlinkJoin = builder "symlinkJoin";
      buildEnv = builder "buildEnv";
      linkFarm = name: _: fake name { };
      linkFarmFromDrvs = name: _: fake name { };
      replaceVars = src: _: fake (baseNameOf (toString src)) { };
      substituteAll = builder "substituteAll";
      substitute = builder "substitute";
      makeWrapper = fake "make-wrapper" { };
      makeBinaryWrapper = fake "make-binary-wrapper" { };
      buildGoModule = builder "buildGoModule";
      buildGo125Module = builder "buildGo125Module";
      rustPlatform.buildRustPackage = builder "buildRustPackage";
      buildDotnetModule = builder "buildDotnetModule";
      mkShell = builder "mkShell";
      dockerTools = {
        buildImage = builder "dockerTools.buildImage";
        buildLayeredImage = builder "dockerTools.buildLayeredImage";
        streamLayeredImage = builder "dockerTools.streamLayeredImage";
        pullImage = builder "dockerTools.pullImage";
        binSh = fake "bin-sh" { };
        usrBinEnv = fake "usr-bin-env" { };
        caCertificates = fake "ca-certificates" { };
      };
      dotnetCorePackages = lib.genAttrs [
        "sdk_10_0"
        "sdk_10_0-bin"
        "runtime_10_0"
        "aspnetcore_10_0"
      ] (n: fake n { });
      python3Packages = { };
      nodePackages = { };
      writers = lib.genAttrs [
        "writeBash"
        "writeBashBin"
        "writeDash"
        "writePython3"
        "writePython3Bin"
      ] named;
      # nixpkgs' pkgs/pkgs-lib/formats.nix, reduced to what option declarations read: a value type and a generator.
      formats =
        let
          format = {
            type = lib.types.anything;
            generate = name: value: fake name { inherit value; };
            lib.types.atom = lib.types.anything;
            lib.mkKeyValue = lib.generators.mkKeyValueDefault { } "=";
          };
        in
        lib.genAttrs [
          "json"
          "yaml"
          "ini"
          "toml"
          "keyValue"
          "systemd"
          "gitIni"
          "iniWithGlobalSection"
          "xml"
          "lua"
          "yaml_1_1"
          "yaml_1_2"
          "php"
          "pythonVars"
          "elixirConf"
          "hocon"
          "libconfig"
          "plist"
          "cdn"
          "nixConf"
          "hcl1"
          "pkl"
          "xmlNoCheck"
          "javaProperties"
        ] (_: _: format);
      testers = { };
      nixosTests = { };
      lndir = fake "lndir" { };
      xorg.lndir = fake "lndir" { };
      hello = fake "hello" { };
      # pkgs/by-name/li/libxcrypt/package.nix passthru (users-groups.nix checks hashed passwords with it).
      libxcrypt = fake "libxcrypt" {
        enabledCryptSchemeIds = [
          "y"
          "gy"
          "7"
          "2b"
          "2y"
          "2a"
          "6"
          "5"
        ];
      };
    };

  # Overlays as nixpkgs applies them (final: prev: ...), over the stand-in set.
  withOverlays =
    list:
    import ./pkgs.nix {
      inherit lib system path;
      overlays = list;
    };
in
lib.fix (final: lib.foldl' (prev: overlay: prev // overlay final prev) pkgs overlays)
