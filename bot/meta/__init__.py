"""About and help: what the coach is and which commands it has."""
