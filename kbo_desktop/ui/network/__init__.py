"""The KBO network directory tab: agencies, academics, local sages and partners."""
