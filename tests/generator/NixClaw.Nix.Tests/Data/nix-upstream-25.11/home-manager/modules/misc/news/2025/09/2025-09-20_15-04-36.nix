{
  time = "2025-09-20T18:04:36+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.fabric-ai`

    Fabric is an open-source framework for augmenting humans using AI.
    It provides a modular system for solving specific problems using a
    crowdsourced set of AI prompts that can be used anywhere.
  '';
}
