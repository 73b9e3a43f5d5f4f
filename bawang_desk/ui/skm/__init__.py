"""Survei Kepuasan Masyarakat screens: the citizen's survey window, paper forms, the report."""
