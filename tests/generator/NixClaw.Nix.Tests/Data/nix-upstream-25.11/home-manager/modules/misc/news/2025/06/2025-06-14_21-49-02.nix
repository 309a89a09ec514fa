{
  time = "2025-06-15T02:49:02+00:00";
  condition = true;
  message = ''
    A new module is available: 'programs.anki'.

    Anki is a spaced repetition flashcard program. 
  '';
}
