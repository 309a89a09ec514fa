args: {
  imports = [ { key = "explicit-key"; } ];
}
