"""UI test set-up: every test starts without windows left over from the one before."""

from __future__ import annotations

import pytest

from bawang_desk.ui.app import pasang_bahasa


@pytest.fixture(autouse=True, scope="session")
def _bahasa_indonesia(qapp):
    """The Indonesian locale and Qt's texts in Indonesian, as the app installs them at start."""
    pasang_bahasa(qapp)


@pytest.fixture(autouse=True)
def _tutup_jendela_sisa(qapp):
    """Close windows a test left open (print previews, non-modal dialogs).

    A leftover window can hold the application's focus, and the next test's keyboard walk
    would then type into it instead of into its own dialog.
    """
    yield
    for w in qapp.topLevelWidgets():
        if w.isVisible():
            w.close()
    qapp.processEvents()
