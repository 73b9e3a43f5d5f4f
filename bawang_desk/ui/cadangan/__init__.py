"""Backups and recovery in the window: the start-up check, automatic backups, flashdisk copies, restore."""
