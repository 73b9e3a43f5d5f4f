"""Kepegawaian (SOP 068/003): the roster, the buku penjagaan KP/KGB, usulan and the Register KP/KGB."""
