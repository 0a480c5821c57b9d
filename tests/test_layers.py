"""The domain layers stay free of Textual, so the CLI and scripts load fast and stay testable."""

import subprocess
import sys

DOMAIN = (
    "reader.library.facade",
    "reader.analysis",
    "reader.annotations.anchoring",
    "reader.export",
)


def test_domain_layers_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in DOMAIN)
        + "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_cli_help_does_not_import_textual() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from reader.cli import build_parser\n"
        "build_parser()\n"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
