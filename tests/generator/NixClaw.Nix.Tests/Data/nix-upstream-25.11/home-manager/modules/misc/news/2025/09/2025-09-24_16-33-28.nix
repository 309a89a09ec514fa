{
  time = "2025-09-24T19:33:28+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.aiac`

    aiac is a library and command line tool to generate IaC (Infrastructure as Code)
    templates, configurations, utilities, queries and more via LLM providers such as
    OpenAI, Amazon Bedrock and Ollama.
  '';
}
