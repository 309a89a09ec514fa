{ ... }:
{
  time = "2025-11-25T02:56:51+00:00";
  message = ''
    A new option `programs.claude-code.skills` is now available.

    It allows you to extend claude-code's capabilities by defining agent skills.
  '';
}
