# Packages a declarations project (the C# project that declares the host) as the gateway program, with nixpkgs'
# buildDotnetModule. `dotnet build` writes the NuGet lock it restores from (deps.json beside flake.nix); packages
# that are also in `packageSource` (a folder of .nupkg files in the repository, for NixClaw builds that are not on
# nuget.org) are taken from there, every other one from nuget.org.
{
  pkgs,
  src,
  projectFile,
  nugetDeps,
  packageSource ? null,
  pname ? null,
  version ? "0.1.0",
}:
let
  lib = pkgs.lib;
  program = lib.removeSuffix ".csproj" (baseNameOf projectFile);
  fetchNupkg = pkgs.dotnetCorePackages.fetchNupkg;
  localCopy = dep: packageSource + "/${dep.pname}.${dep.version}.nupkg";
  fetchLocked =
    dep:
    if packageSource != null && builtins.pathExists (localCopy dep) then
      # The build checked that this file is the one restore used, so the locked hash still holds.
      (fetchNupkg dep).overrideAttrs { src = localCopy dep; }
    else
      fetchNupkg dep;
in
pkgs.buildDotnetModule {
  pname = if pname == null then "nixclaw-${lib.toLower program}" else pname;
  inherit version src projectFile;
  nugetDeps = map fetchLocked (lib.importJSON nugetDeps);
  dotnet-sdk = pkgs.dotnetCorePackages.sdk_10_0;
  # The program needs the .NET runtime only (its runtimeconfig names Microsoft.NETCore.App alone), not ASP.NET Core.
  dotnet-runtime = pkgs.dotnetCorePackages.runtime_10_0;
  # The Nix files are committed beside the project; a build in the store must not try to write them.
  dotnetBuildFlags = [ "-p:NixClawWriteFiles=false" ];
  executables = [ program ];
  # libgit2 (LibGit2Sharp) and e_sqlite3 come from their NuGet packages and load these at run time.
  runtimeDeps = [
    pkgs.openssl
    pkgs.zlib
  ];
  meta.mainProgram = program;
}
