{
  time = "2025-02-12T15:56:00+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.tex-fmt'.

    tex-fmt is a LaTeX formatter written in Rust.
    See https://github.com/WGUNDERWOOD/tex-fmt for more information.
  '';
}
