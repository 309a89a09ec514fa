{
  version = "1.13.0";
  released = false;
}
