"""Streaks: rules computed from the list of drill days, statistics queries, cards and the heatmap (no Discord)."""
