"""Validation: the schema problems of the records layer plus the rules in ``rules/``."""
