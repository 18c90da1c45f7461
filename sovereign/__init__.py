"""sovereign: a compliance-aware data-sovereignty proxy for LLM traffic."""

__version__ = "0.1.0"
