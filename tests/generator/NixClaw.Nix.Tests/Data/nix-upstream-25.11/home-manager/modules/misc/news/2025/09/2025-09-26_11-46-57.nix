{
  time = "2025-09-26T14:46:57+00:00";
  condition = true;
  message = ''
    A new module is available: `programs.airlift`

    Airlift is a Command Line Interface (CLI) tool designed to provide
    a local development environment for Apache Airflow with a simple but
    flexible interface. It is built on top of the official Airflow Helm Chart.
  '';
}
