"""Every kind's rules, one module per rule: ``shnor.validation.rules.<kind>.<rule>`` declares ``RULE`` (its code
from the README's table, a name, a description and its checks) and ``shnor.validation.rules.<kind>.RULES`` lists
the kind's rules in the order of their code; ``shnor.kinds.<kind>`` takes its ``rules`` from there. What a rule is:
``shnor.validation.rules.base.Rule``."""
