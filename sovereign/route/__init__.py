"""route_local: the registry of in-perimeter models and how a request is sent to one."""
