"""Kinerja and Pelacakan SOP: real step times against the SOP standards, and SOPs followed as work."""
