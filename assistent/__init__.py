"""OPP-assistent: een lokale assistent voor het ontwikkelingsperspectiefplan."""

__version__ = "0.1.0"
