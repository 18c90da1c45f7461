"""A realistic, multi-genre, multi-language detection evaluation set (see generate.py) and
its checksummed value generators."""
