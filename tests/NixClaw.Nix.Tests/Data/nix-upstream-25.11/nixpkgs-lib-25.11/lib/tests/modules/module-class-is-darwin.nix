{
  _class = "darwin";
  config = { };
}
