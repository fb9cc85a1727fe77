"""Head office: one consolidated workbook from many branches' monthly packs (app/registers/pack.py)."""
