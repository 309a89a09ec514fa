# Obviously wrong typed
{
  config.either = {
    int = "foo";
  };

  config.eitherBehindNullor = {
    int = "foo";
  };

  config.oneOf = {
    int = "foo";
  };

  config.number = {
    str = "foo";
  };
}
