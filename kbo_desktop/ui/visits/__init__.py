"""บันทึกลงพื้นที่: the field-visit tab, its form, models and photo strip."""
