{
  value = -23;
}
