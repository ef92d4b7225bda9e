"""Een voorspelbare doelcheck voor tests die niet over de doelcheck zelf gaan."""

from __future__ import annotations

from assistent.kern.doelcheck import Doeloordeel


def nep_doelcheck(tekst: str, naam: str | None = None) -> Doeloordeel:
    """Een doel met 'beter' is vaag (criterium en termijn ontbreken), de rest is meetbaar."""
    if "beter" in tekst:
        return Doeloordeel(
            tekst=tekst, meetbaar=False, ontbreekt=("criterium", "termijn"), signalen=(),
            vervolgvragen=(), suggestie=tekst, meetinstrument="methodetoets",
        )
    return Doeloordeel(
        tekst=tekst, meetbaar=True, ontbreekt=(), signalen=(), vervolgvragen=(), suggestie=tekst,
        meetinstrument=None,
    )
