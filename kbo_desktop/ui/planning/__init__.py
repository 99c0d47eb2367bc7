"""The development planning tab (แผนพัฒนา) and the "actions of a member" view."""
