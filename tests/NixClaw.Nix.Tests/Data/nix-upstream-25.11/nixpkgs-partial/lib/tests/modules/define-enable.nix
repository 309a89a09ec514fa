{
  enable = true;
}
