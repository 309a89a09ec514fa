{
  outputs = { self }: {
    subflakeOutput = 1;
  };
}
