"""Bawang Desk: the service-counter application of Kantor Kecamatan Bawang."""

APP_NAME = "Bawang Desk"
__version__ = "0.1.0"
