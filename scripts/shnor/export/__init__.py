"""Hand-over files built from the records (``shnor export …``): nothing here is part of the site build."""
