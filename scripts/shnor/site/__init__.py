"""The MkDocs side: generated pages, sanitizing, macros."""
