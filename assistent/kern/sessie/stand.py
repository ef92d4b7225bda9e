"""Wat er nu geldt in een gesprek: de zichtbare vragen, hun context, de antwoorden per rol en het
advies, afgeleid uit de antwoorden en de volgorde van de stappen.

De gespreksmotor (`gesprek.Gesprek`) rekent dit opnieuw uit zodra de antwoorden veranderen;
hier staat hoe. Voorwaarden (`toon_als`) zien alleen antwoorden van vragen die zelf zichtbaar
zijn, en het advies van de afweging bepaalt de route.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from assistent.kern.sessie import afweging
from assistent.kern.sessie.volgorde import Stap
from assistent.kern.taal import vul_in
from assistent.kern.vragenlijst.modellen import Antwoordwaarde, Vraag
from assistent.kern.vragenlijst.rollen import SJABLOONROLLEN
from assistent.kern.vragenlijst.voorwaarde import voorwaarde_geldt

# Bij het advies basisaanpak stopt het gesprek na de afweging: alleen deze vragen blijven, en
# de vraag met de rol groepsplan (een korte notitie in plaats van een OPP).
_ROUTEVRIJ = frozenset(SJABLOONROLLEN)


@dataclass
class Stand:
    """De afgeleide toestand bij één versie van de antwoorden (zie `Gesprek._stand`)."""

    antwoorden: dict[str, Antwoordwaarde]
    overgeslagen: list[str]
    geldig: dict[str, Antwoordwaarde | None] = field(default_factory=dict)
    zichtbaar: list[Stap] | None = None
    context: dict[str, Any] = field(default_factory=dict)
    # De geldende antwoorden van zichtbare vragen met een rol, per rol (de eerste telt).
    per_rol: dict[str, Antwoordwaarde] = field(default_factory=dict)
    advies: afweging.Advies | None = None

    def bereken(
        self,
        stappen: Sequence[Stap],
        zelfde: Mapping[str, Sequence[str]],
        geldig_antwoord: Callable[[Vraag], Antwoordwaarde | None],
    ) -> list[Stap]:
        """Loopt de stappen in volgorde af en vult zichtbaar, context, per_rol en advies.

        `zelfde` zegt per vraag welke ids van andere vragenlijsten dezelfde vraag zijn; hun
        antwoord staat onder al die ids in de context, zodat hun voorwaarden blijven werken.
        """
        context: dict[str, Any] = {}
        per_rol: dict[str, Antwoordwaarde] = {}
        advies: afweging.Advies | None = None
        zichtbare: list[Stap] = []
        for stap in stappen:
            if not voorwaarde_geldt(stap.vraag.toon_als, context):
                continue
            if not op_route(stap.vraag, advies):
                continue
            zichtbare.append(stap)
            waarde = geldig_antwoord(stap.vraag)
            if waarde is None:
                continue
            context[stap.vraag.id] = waarde
            for ander in zelfde.get(stap.vraag.id, ()):
                context.setdefault(ander, waarde)
            # Naam, groep en voornaamwoord ook onder hun rol: elke tekst mag
            # `{{ naam }}` zeggen, hoe de vraag in de vragenlijst ook heet.
            if stap.vraag.rol in SJABLOONROLLEN:
                context.setdefault(stap.vraag.rol, waarde)
            if stap.vraag.rol is not None and stap.vraag.rol not in per_rol:
                per_rol[stap.vraag.rol] = waarde
                if stap.vraag.rol in afweging.ROLLEN:
                    advies = afweging.advies(per_rol)
        self.zichtbaar = [persoonlijk(s, context) for s in zichtbare]
        self.context, self.per_rol, self.advies = context, per_rol, advies
        return self.zichtbaar


def persoonlijk(stap: Stap, context: Mapping[str, Any]) -> Stap:
    """De stap met labels waarin naam en voornaamwoord staan: 'doet zijn best'."""
    if not any("{" in o.label for o in stap.vraag.opties):
        return stap
    opties = tuple(replace(o, label=vul_in(o.label, context)) for o in stap.vraag.opties)
    return replace(stap, vraag=replace(stap.vraag, opties=opties))


def op_route(vraag: Vraag, advies: afweging.Advies | None) -> bool:
    """Hoort deze vraag bij de route die het advies wijst? Zonder advies: alles behalve de
    notitie voor het groepsplan."""
    basisaanpak = advies is not None and advies.uitkomst == "basisaanpak"
    if vraag.rol == "groepsplan":
        return basisaanpak
    if not basisaanpak:
        return True
    return vraag.sectie == "afweging" or vraag.rol in _ROUTEVRIJ
