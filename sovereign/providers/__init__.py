"""Wire formats of the LLM APIs, sans-IO: parse requests, write errors, rehydrate replies."""
