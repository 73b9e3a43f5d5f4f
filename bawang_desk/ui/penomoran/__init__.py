"""The Buku Nomor: every register number issued, and "ambil nomor" for letters typed elsewhere."""
