"""Articles on disk, importers and the TinyDB store, behind the `Library` facade."""
