"""The shared refusals of the core."""

from __future__ import annotations

import pytest

from bawang_desk.core.errors import ValidationError, harus_berstatus

LABEL = {"konsep": "Konsep", "disetujui": "Disetujui", "dikirim": "Dikirim"}


def test_harus_berstatus_menyebut_status_yang_boleh():
    harus_berstatus("Surat", "disetujui", ("disetujui",), "ditandatangani", LABEL)
    with pytest.raises(ValidationError) as e:
        harus_berstatus("Surat", "konsep", ("disetujui", "dikirim"), "ditandatangani", LABEL)
    assert str(e.value) == (
        "Surat berstatus \u201cKonsep\u201d tidak dapat ditandatangani. "
        "Harus berstatus: Disetujui, Dikirim."
    )
    assert e.value.field == "status"
