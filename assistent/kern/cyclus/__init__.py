"""De OPP-cyclus: metingen per doel, evaluatie en bijstellen tot een nieuwe versie."""
