"""The counter (SOP 004-011): the Layanan tab, the intake form and its dialogs, and the Register Layanan."""
