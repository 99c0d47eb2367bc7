"""The producers tab (ผู้ผลิต/ผลิตภัณฑ์): producer list, producer and product editors,
certifications and photos."""
