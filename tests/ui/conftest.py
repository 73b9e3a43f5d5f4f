"""UI test set-up: every test starts without windows left over from the one before."""

from __future__ import annotations

import pytest


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
