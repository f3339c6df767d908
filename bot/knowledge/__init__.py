"""Coaching knowledge core: the butt-kick Q&A knowledge base, matcher, cards and diagram (no Discord)."""
