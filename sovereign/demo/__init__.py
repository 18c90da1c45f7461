"""`sovereign demo`: the whole product in a minute, with clearly labelled stand-ins."""
