"""Settings and accounts: the settings window and its pages, the first-run wizard, login, the SOP catalog."""
