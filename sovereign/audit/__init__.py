"""The tamper-evident audit log: records, RFC 9162 Merkle tree, C2SP signed checkpoints."""
