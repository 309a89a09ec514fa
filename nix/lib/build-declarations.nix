# Packages a declarations project (the C# project that declares a host) as the gateway program.
# `nix build .#<package>.fetch-deps && ./result <nugetDeps path>` refreshes the NuGet lock file;
# without Nix, `scripts/update-deps` writes the same file from the local NuGet cache.
{
  pkgs,
  src,
  projectFile,
  nugetDeps,
  pname ? null,
  version ? "0.1.0",
}:
let
  program = pkgs.lib.removeSuffix ".csproj" (baseNameOf projectFile);
in
pkgs.buildDotnetModule {
  pname = if pname == null then "nixclaw-${pkgs.lib.toLower program}" else pname;
  inherit
    version
    src
    projectFile
    nugetDeps
    ;
  dotnet-sdk = pkgs.dotnetCorePackages.sdk_10_0;
  # The gateway's status endpoint is ASP.NET Core.
  dotnet-runtime = pkgs.dotnetCorePackages.aspnetcore_10_0;
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
