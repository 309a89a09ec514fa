{
  submodule.config.config = true;
}
