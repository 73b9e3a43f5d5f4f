"""Finds the shipped resources folder, whether run from source, a wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder that holds the SOP catalog, fonts and reference data.

    A PyInstaller bundle unpacks data next to the executable (``sys._MEIPASS``); a source
    checkout keeps ``resources/`` beside the package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource_path("sop", "068-001.toml")``."""
    return resources_dir().joinpath(*parts)
