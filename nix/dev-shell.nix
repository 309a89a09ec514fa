# What the deploying machine (a Mac or Linux box) needs: the .NET SDK to build the declarations,
# nixos-anywhere for the first install, age and sops for secrets, just for the recipes.
{
  mkShell,
  dotnetCorePackages,
  nixos-anywhere,
  age,
  sops,
  just,
  git,
}:
mkShell {
  packages = [
    dotnetCorePackages.sdk_10_0
    nixos-anywhere
    age
    sops
    just
    git
  ];
  DOTNET_CLI_TELEMETRY_OPTOUT = "1";
}
