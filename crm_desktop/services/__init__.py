"""Use cases in plain Python. Every write happens here, in a transaction, with an audit row.

No Qt below ``ui/``: the CLI, tests and the GUI all call these functions.
"""
