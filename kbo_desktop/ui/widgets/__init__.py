"""Small widgets and helpers shared by every tab: Buddhist Era date entry, Thai
word wrapping for display text, labels in the running language
(:mod:`.language`), messages under form fields (:mod:`.field_errors`), a table
model over a list of rows (:mod:`.table_model`) and the photo strip
(:mod:`.photo_strip`)."""
