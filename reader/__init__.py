"""reader: a terminal app for reading and annotating articles."""

__version__ = "0.1.0"
