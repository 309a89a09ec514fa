{
  _module.check = false;
}
