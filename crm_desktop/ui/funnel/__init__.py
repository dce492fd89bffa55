"""The Funnel area: deals as cards on a board of stages (drag to move, won/lost with a reason), the
same deals as a list with an Excel export, and the deal form."""
