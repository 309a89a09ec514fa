{
  value = "24";
}
