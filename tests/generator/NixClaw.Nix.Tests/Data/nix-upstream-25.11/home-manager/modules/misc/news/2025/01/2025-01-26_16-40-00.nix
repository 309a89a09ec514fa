{
  time = "2025-01-26T16:40:00+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.mods'

    mods is a command line AI tool that is highly configurable and allows
    querying AI models hosted locally or by other services (OpenAI,
    Cohere, Groq).
  '';
}
