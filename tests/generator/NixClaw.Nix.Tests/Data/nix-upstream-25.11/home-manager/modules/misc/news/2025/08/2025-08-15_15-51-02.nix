{
  time = "2025-08-15T20:51:02+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.claude-code'.

    Claude Code is Anthropic's official CLI for Claude, providing an
    interactive command-line interface for AI-assisted development.

    The module supports:
    - Configuration through 'programs.claude-code.settings'
    - Custom agents via 'programs.claude-code.agents'
    - Custom commands via 'programs.claude-code.commands'
    - MCP (Model Context Protocol) servers via 'programs.claude-code.mcpServers'
    - Package installation control via 'programs.claude-code.package'
  '';
}
