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


def afweging_sectie(feiten: Feiten, niveau: int = 2) -> Sectie | None:
    """De sectie 'Afweging': eerst het advies met redenen, dan de antwoorden zelf (zoals de
    notitie voor het groepsplan). None als er geen advies is en geen antwoord in de sectie."""
    uit = advies_uit(feiten)
    if uit is None and not feiten.in_sectie("afweging"):
        return None
    titel = sectietitel("afweging")
    blokken: list[Blok] = []
    if uit is not None:
        blokken.append(Alinea(f"{UITKOMSTEN[uit.uitkomst]}. {uit.volgende_stap}",
                              "afgeleid", "Advies"))
        blokken.append(Alinea("", "afgeleid", "Waarom", uit.redenen))
    if feiten.in_sectie("afweging"):
        blokken.extend(b for b in generieke_blokken(feiten, ("afweging",), titel)
                       if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return Sectie("afweging", titel, tuple(blokken), niveau)
