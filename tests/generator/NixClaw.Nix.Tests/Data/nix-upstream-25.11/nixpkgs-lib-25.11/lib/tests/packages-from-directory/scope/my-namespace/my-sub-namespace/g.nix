{
  a,
  d,
  h,
}:
# Check we can get parameters from ancestral scopes (e.g. the scope's grandparent)
"g"
