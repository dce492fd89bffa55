"""The sales funnel: leads, pipelines and their stages, deals and their stage log, the board, the
numbers (conversion, time in stage, forecast, targets) and lead scoring."""
