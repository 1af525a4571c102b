"""ATT Desktop: Arms Trade Treaty export licensing for national authorities."""

__version__ = "0.1.0"
APP_NAME = "ATT Desktop"
APP_ID = "att-desktop"
