{ ... }:

{
  config = {
    _module.args.custom = true;
  };
}
