"""Dialogs for moving data between laptops: import preview, export choices, spreadsheets, backups, conflicts and duplicate producers."""
