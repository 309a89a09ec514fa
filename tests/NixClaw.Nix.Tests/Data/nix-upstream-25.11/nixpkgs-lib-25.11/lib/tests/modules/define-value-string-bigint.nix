{
  value = "1000";
}
