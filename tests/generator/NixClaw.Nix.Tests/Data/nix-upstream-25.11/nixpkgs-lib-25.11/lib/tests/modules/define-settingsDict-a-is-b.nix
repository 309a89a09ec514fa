{ config, ... }:
{
  settingsDict.a = config.settingsDict.b;
}
