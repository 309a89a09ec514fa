{
  time = "2024-10-11T08:23:19+00:00";
  condition = true;
  message = ''

    A new module is available: 'programs.vifm'.

    Vifm is a curses based Vim-like file manager extended with some useful
    ideas from mutt.
  '';
}
