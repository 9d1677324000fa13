"""Tooling for contributors: the practice JSON Schema, the scaffold of a new practice, the generated parts of
CONTRIBUTING.md and the data behind the site's «Предложить практику» form."""
