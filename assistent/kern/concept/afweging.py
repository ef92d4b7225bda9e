"""De alinea 'Afweging' in het concept-OPP: het advies basisaanpak of OPP, met de redenen.

Het advies komt uit dezelfde regels als in het gesprek (`sessie.afweging`), gelezen per rol uit
de feiten van het concept. Zonder afweging in de sessie is er geen alinea.
"""

from __future__ import annotations

from assistent.kern.concept.feiten import generieke_blokken, sectietitel
from assistent.kern.concept.model import Alinea, Blok, Feiten, Sectie
from assistent.kern.sessie.afweging import Advies, advies

UITKOMSTEN = {"opp": "OPP", "twijfel": "Twijfel", "basisaanpak": "Basisaanpak"}


def advies_uit(feiten: Feiten) -> Advies | None:
    """Het advies bij de antwoorden van het concept, per rol (de eerste met een antwoord)."""
    per_rol: dict[str, object] = {}
    for feit in feiten.items:
        rol = feit.vraag.rol
        if rol is not None and feit.waarde is not None:
            per_rol.setdefault(rol, feit.waarde)
    return advies(per_rol)


def is_basisaanpak(feiten: Feiten) -> bool:
    """Of het advies basisaanpak is: dan komt er een notitie voor het groepsplan, geen OPP."""
    uit = advies_uit(feiten)
    return uit is not None and uit.uitkomst == "basisaanpak"


def afweging_sectie(feiten: Feiten, niveau: int = 2, *, met_stap: bool = True) -> Sectie | None:
    """De sectie 'Afweging': eerst het advies met redenen, dan de antwoorden zelf (zoals de
    notitie voor het groepsplan). None als er geen advies is en geen antwoord in de sectie.
    Zonder `met_stap` staat alleen de uitkomst bij het advies, niet de volgende stap in het
    gesprek (de notitie zegt zelf hoe het verder gaat)."""
    uit = advies_uit(feiten)
    if uit is None and not feiten.in_sectie("afweging"):
        return None
    titel = sectietitel("afweging")
    blokken: list[Blok] = []
    if uit is not None:
        stap = f" {uit.volgende_stap}" if met_stap else ""
        blokken.append(Alinea(f"{UITKOMSTEN[uit.uitkomst]}.{stap}", "afgeleid", "Advies"))
        blokken.append(Alinea("", "afgeleid", "Waarom", uit.redenen))
    if feiten.in_sectie("afweging"):
        blokken.extend(b for b in generieke_blokken(feiten, ("afweging",), titel)
                       if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return Sectie("afweging", titel, tuple(blokken), niveau)
