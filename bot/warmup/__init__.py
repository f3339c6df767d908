"""Warm-ups and the drill log: sessions, logging (idempotent), data export and erasure (no Discord)."""
