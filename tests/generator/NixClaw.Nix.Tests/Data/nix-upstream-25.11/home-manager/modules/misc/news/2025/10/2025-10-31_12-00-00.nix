{
  time = "2025-10-31T12:00:00+00:00";
  condition = true;
  message = ''
    services.local-ai: new module

    Added LocalAI, a free, Open Source OpenAI alternative.
  '';
}
