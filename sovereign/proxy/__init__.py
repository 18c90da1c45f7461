"""The mitmproxy adapter: a thin addon and an embedded launcher."""
