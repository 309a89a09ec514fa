# The image agents' tools run in (`SandboxPolicy.Image`, default localhost/nixclaw-sandbox):
# built from nixpkgs, no registry involved; the sandbox-image Home Manager module loads it into
# the service user's rootless Podman store.
{
  dockerTools,
  buildEnv,
  busybox,
  bashInteractive,
  coreutils,
  git,
  python3,
}:
dockerTools.buildLayeredImage {
  name = "localhost/nixclaw-sandbox";
  tag = "latest";
  contents = buildEnv {
    name = "nixclaw-sandbox-root";
    paths = [
      bashInteractive
      coreutils
      busybox
      git
      python3
    ];
    pathsToLink = [ "/bin" ];
  };
  config = {
    Cmd = [ "/bin/sh" ];
    WorkingDir = "/workspace";
  };
}
