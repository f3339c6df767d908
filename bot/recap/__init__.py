"""The weekly recap: an opt-in post summarising the team's week (service, queries, rules, cards, chart, delivery)."""
