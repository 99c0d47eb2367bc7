"""The product analysis tab (วิเคราะห์ผลิตภัณฑ์): SWOT points per product."""
