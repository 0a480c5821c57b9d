"""Modal dialogs, one small module each."""
