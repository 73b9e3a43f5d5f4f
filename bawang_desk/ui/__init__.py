"""The PySide6 desktop interface: windows, tabs, dialogs, models and workers."""
