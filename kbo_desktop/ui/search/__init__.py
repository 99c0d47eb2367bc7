"""The search box, its results model and the results dock."""
