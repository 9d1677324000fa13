"""Indicators and monitoring: the CSV tables under data/monitoring/ and the catalogue data/indicators.yml,
loaded (``loading``), checked (``validate``) and computed with pandas (``values``, ``vpr``, ``gia``, ...).

Nothing here knows about the site: every function returns a DataFrame of numbers and statuses, and
``report.MonitoringReport`` bundles them for the validator, the site and the downloads.
"""
