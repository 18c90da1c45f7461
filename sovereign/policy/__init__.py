"""Rule packs: schema, loading with file:line errors, and the pure decide()."""
