"""My day: a person's (or everyone's) overdue, today's and coming activities with one-click
complete and reschedule, and the team's workload."""
