"""tui/widgets package."""
