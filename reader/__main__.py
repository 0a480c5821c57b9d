"""`python -m reader` runs the command line."""

import sys

from reader.cli import main

sys.exit(main())
