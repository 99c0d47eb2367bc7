"""KBO Desktop: offline records and committee packets for provincial KBO networks."""

__version__ = "0.1.0"
APP_NAME = "kbo-desktop"
APP_AUTHOR = "KBO"
