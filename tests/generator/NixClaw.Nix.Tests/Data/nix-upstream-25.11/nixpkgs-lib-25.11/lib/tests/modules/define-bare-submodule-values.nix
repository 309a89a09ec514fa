{
  bare-submodule.nested = 42;
  bare-submodule.deep = 420;
}
