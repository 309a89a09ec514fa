{
  value = "foobar";
}
