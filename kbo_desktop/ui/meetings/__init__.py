"""The meetings tab (ประชุม/รายงาน): committee meetings, their agenda and products,
and the PDF packet (generated in the background, previewed, saved, printed)."""
