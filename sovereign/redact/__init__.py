"""Reversible redaction: placeholders out, original values back in (streams too)."""
