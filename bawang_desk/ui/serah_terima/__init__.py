"""Serah terima to Dindukcapil (SOP 010/011): batches on a flashdisk and the files coming back."""
