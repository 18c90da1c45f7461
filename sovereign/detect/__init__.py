"""Detection of personal and regulated data: Presidio + spaCy + our recognizers, offline."""
