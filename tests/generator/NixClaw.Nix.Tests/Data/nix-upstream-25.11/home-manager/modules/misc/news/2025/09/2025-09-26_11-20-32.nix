{
  time = "2025-09-26T14:20:32+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.aider-chat`

    Aider lets you pair program with LLMs to start a new project
    or build on your existing codebase. It works with most popular
    programming languages: Python, Javascript, Rust, Ruby, Go, C++,
    PHP, HTML, CSS, and dozens more.
  '';
}
