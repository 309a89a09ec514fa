# The root filesystem of the bubblewrap sandbox (`SandboxBackend.Bubblewrap`), passed to the gateway as
# NIXCLAW_SANDBOX_ROOTFS. bwrap mounts it read-only as `/` and nothing else of the host, so the busybox in it is
# static and copied, not linked: a link into /nix/store would dangle inside the sandbox. The empty folders are
# the mount points bwrap binds over (/proc, /dev, the private /tmp, the agent's /workspace).
{ runCommand, pkgsStatic }:
runCommand "nixclaw-sandbox-rootfs" { } ''
  mkdir -p $out/bin $out/etc $out/tmp $out/workspace $out/proc $out/dev
  cp ${pkgsStatic.busybox}/bin/busybox $out/bin/busybox
  chmod 555 $out/bin/busybox
  for applet in $($out/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -s busybox "$out/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' > $out/etc/passwd
  echo 'root:x:0:' > $out/etc/group
''
