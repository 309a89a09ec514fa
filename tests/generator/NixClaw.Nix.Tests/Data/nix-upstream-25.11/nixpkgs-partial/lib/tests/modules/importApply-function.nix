{ foo }:
{ lib, config, ... }:
{
  value = foo;
}
