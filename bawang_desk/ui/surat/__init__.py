"""Letters: the Surat Masuk tab (SOP 068/001), the Surat Keluar tab (SOP 068/002) and the mail books."""
