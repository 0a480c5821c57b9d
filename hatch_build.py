"""Wheel build hook: compile the entity and quote recogniser with mypyc, when it can.

The recogniser is plain, fully typed Python, and mypyc turns such modules into C extensions
that run the same code about 1.6 times faster. Compiling needs a C compiler and Python's
headers, which not every machine has, so any failure here falls back to the pure-Python
wheel with a warning: the install never fails for want of a compiler. Set
READER_PURE_PYTHON=1 to skip compiling. Editable installs are never compiled, so the
source you edit is the code that runs.

The build happens in a temporary directory, never in the source tree: a stray compiled
module beside its source would shadow every later edit to it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = Path("reader/analysis")
# Interpreted on purpose: the data model and lexicon are shared with the store and the app
# (they are pickled, compared and extended there), and the document model is markdown-it's.
INTERPRETED = frozenset(["__init__.py", "model.py", "lexicon.py", "document.py"])

SETUP = """\
import os
from setuptools import setup
from mypyc.build import mypycify

sources = os.environ["READER_MYPYC_SOURCES"].split(os.pathsep)
setup(name="reader-analysis", ext_modules=mypycify(sources, opt_level="3"))
"""


class CompileAnalyser(BuildHookInterface):
    """Add the compiled recogniser modules to the wheel beside their sources."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._build_dir: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("READER_PURE_PYTHON"):
            self.app.display_info("READER_PURE_PYTHON is set: the analyser stays pure Python")
            return
        self._build_dir = tempfile.mkdtemp(prefix="reader-mypyc-")
        self.app.display_info("Compiling the analyser with mypyc (about a minute)…")
        try:
            built = self._compile(Path(self._build_dir))
        except (OSError, subprocess.CalledProcessError) as error:
            detail = getattr(error, "output", "") or str(error)
            self.app.display_warning(
                "Could not compile the analyser; installing it as pure Python (slower, same"
                f" results). Needs a C compiler and Python headers.\n{detail[-2000:]}"
            )
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._build_dir is not None:
            shutil.rmtree(self._build_dir, ignore_errors=True)

    def _compile(self, build_dir: Path) -> dict[str, str]:
        """Build the extensions under `build_dir`; map each built file to its wheel path."""
        root = Path(self.root)
        sources = sorted(
            str(path) for path in (root / PACKAGE).glob("*.py") if path.name not in INTERPRETED
        )
        setup_file = build_dir / "setup.py"
        setup_file.write_text(SETUP, encoding="utf-8")
        lib = build_dir / "lib"
        command = [sys.executable, str(setup_file), "build_ext"]
        command += ["--build-lib", str(lib), "--build-temp", str(build_dir / "tmp")]
        subprocess.run(
            command,
            cwd=build_dir,  # not the project: setuptools would read its pyproject.toml
            check=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "READER_MYPYC_SOURCES": os.pathsep.join(sources)},
        )
        built = {str(path): str(path.relative_to(lib)) for path in lib.rglob("*") if path.is_file()}
        if not built:
            raise OSError("mypyc built no modules")
        return built
