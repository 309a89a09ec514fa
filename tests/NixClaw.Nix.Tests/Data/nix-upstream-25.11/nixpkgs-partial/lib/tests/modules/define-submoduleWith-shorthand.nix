{
  submodule.config = true;
}
