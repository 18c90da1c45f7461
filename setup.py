"""What pyproject.toml cannot say without warnings: the optional C kernels, and the shipped
rule packs, packs, models config and schema copied into the wheel (sovereign/shipped/), so an
installed sovereign has them (`sovereign init DIR` writes them out). Metadata stays in
pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# the folders a running proxy reads; sovereign/starter.py names the same ones
SHIPPED = ("rules", "packs", "models", "schema")


class BuildPyWithShipped(build_py):
    """build_py, plus the shipped folders as package data under sovereign/shipped/."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # a checkout reads them where they are
            return
        for name in SHIPPED:
            target = Path(self.build_lib) / "sovereign" / "shipped" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


# Optional: without a C compiler the install goes on and the code keeps its pure path (same
# entities, slower; the engine logs it).
#  _smallblas: small-matrix sgemm/saxpy for spaCy's parser (the NER runs about a sixth faster)
#  _layers: the tok2vec layers' bias, maxout and layer normalisation in one pass per row, bit
#           for bit numpy's
KERNELS = [Extension(f"sovereign.detect.{name}", [f"sovereign/detect/{name}.c"],
                     extra_compile_args=["-O3", "-ffp-contract=off"], optional=True)
           for name in ("_smallblas", "_layers")]

setup(ext_modules=KERNELS, cmdclass={"build_py": BuildPyWithShipped})
