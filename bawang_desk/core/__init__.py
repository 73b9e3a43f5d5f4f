"""The office's rules and records; never imports Qt."""
