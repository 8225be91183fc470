"""Output: the JSON contract (json.py), CSV rows (csv.py) and rich tables (table.py).

This package is the only place that knows how results are shown; the core never imports it.
"""
