"""Small widgets and helpers shared by every tab: Buddhist Era date entry and
Thai word wrapping for display text."""
