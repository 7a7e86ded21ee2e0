"""Renderers: one module per output, all fed by the same :mod:`entry` mapping."""
