"""Renderers turn an Answer into what a platform shows; adapters never format text."""
