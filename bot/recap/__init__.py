"""The weekly recap: an opt-in post summarising the team's week (bot/recap/service.py, chart.py)."""
