"""The Beranda: what needs the logged-in user today, and the lists behind its cards."""
