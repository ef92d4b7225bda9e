"""Wat er nu geldt in een gesprek: de zichtbare vragen, hun context, de antwoorden per rol en het
advies, afgeleid uit de antwoorden en de volgorde van de stappen.

De gespreksmotor (`gesprek.Gesprek`) rekent dit opnieuw uit zodra de antwoorden veranderen;
hier staat hoe. Voorwaarden (`toon_als`) zien alleen antwoorden van vragen die zelf zichtbaar
zijn, en het advies van de afweging bepaalt de route.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from assistent.kern.sessie import afweging
from assistent.kern.sessie.herhaling import herhaald_id, metingtekst, uit_herhaald_id
from assistent.kern.sessie.model import Meting
from assistent.kern.sessie.volgorde import Stap
from assistent.kern.taal import vul_in
from assistent.kern.vragenlijst.modellen import Antwoordwaarde, Vraag
from assistent.kern.vragenlijst.rollen import SJABLOONROLLEN
from assistent.kern.vragenlijst.voorwaarde import voorwaarde_geldt

# Bij het advies basisaanpak stopt het gesprek na de afweging: alleen deze vragen blijven, en
# de vraag met de rol groepsplan (een korte notitie in plaats van een OPP).
_ROUTEVRIJ = frozenset(SJABLOONROLLEN)


# Haalt deze meting (een tekst als "4 van de 5 lessen") het criterium van dit doel? None als
# dat niet uit het criterium te rekenen is. De cyclus geeft hem (`cyclus.criterium.gehaald`).
Meetoordeel = Callable[[str, str], bool | None]


@dataclass
class Stand:
    """De afgeleide toestand bij één versie van de antwoorden (zie `Gesprek._stand`)."""

    antwoorden: dict[str, Antwoordwaarde]
    overgeslagen: list[str]
    metingen: Mapping[str, Sequence[Meting]] = field(default_factory=dict)
    geldig: dict[str, Antwoordwaarde | None] = field(default_factory=dict)
    zichtbaar: list[Stap] | None = None
    context: dict[str, Any] = field(default_factory=dict)
    # De geldende antwoorden van zichtbare vragen met een rol, per rol (de eerste telt).
    per_rol: dict[str, Antwoordwaarde] = field(default_factory=dict)
    advies: afweging.Advies | None = None
    # Per doelnummer wat de teksten en voorwaarden van de vragen per doel kennen.
    per_doel: dict[int, dict[str, Any]] = field(default_factory=dict)
    # De doelen van het huidige OPP in gespreksvolgorde (de antwoorden met de rol `doel`).
    doelen: list[str] = field(default_factory=list)

    def bereken(
        self,
        stappen: Sequence[Stap],
        zelfde: Mapping[str, Sequence[str]],
        geldig_antwoord: Callable[[Vraag], Antwoordwaarde | None],
        meetoordeel: Meetoordeel | None = None,
    ) -> list[Stap]:
        """Loopt de stappen in volgorde af en vult zichtbaar, context, per_rol en advies.

        `zelfde` zegt per vraag welke ids van andere vragenlijsten dezelfde vraag zijn; hun
        antwoord staat onder al die ids in de context, zodat hun voorwaarden blijven werken.
        Een onderdeel met `herhaal = "doelen"` wordt per doel uitgevouwen (`herhaling.py`),
        met de doelen die het gesprek tot dan toe heeft.
        """
        context: dict[str, Any] = {"aantal_doelen": 0}
        per_rol: dict[str, Antwoordwaarde] = {}
        advies: afweging.Advies | None = None
        zichtbare: list[Stap] = []
        doelen: list[str] = []
        per_doel: dict[int, dict[str, Any]] = {}  # per doelnummer de context van dat doel
        for stap in _uitgevouwen(stappen, doelen):
            eigen = context
            if stap.doelnummer is not None:
                eigen = self._doelcontext(per_doel, stap.doelnummer, doelen, self.metingen,
                                          context, meetoordeel)
            if not voorwaarde_geldt(stap.vraag.toon_als, eigen):
                continue
            if not op_route(stap.vraag, advies):
                continue
            zichtbare.append(stap)
            waarde = geldig_antwoord(stap.vraag)
            if waarde is None:
                continue
            context[stap.vraag.id] = waarde
            if stap.doelnummer is not None:
                # Bij hetzelfde doel onder het gewone id; de kern leest per doel de rol.
                basis = uit_herhaald_id(stap.vraag.id)
                if basis is not None:
                    eigen[basis[0]] = waarde
                continue
            if stap.vraag.rol == "doel":
                doelen.extend(str(d) for d in (waarde if isinstance(waarde, list) else [waarde])
                              if d)
                context["aantal_doelen"] = len(doelen)
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
        self.zichtbaar = [persoonlijk(s, per_doel.get(s.doelnummer or 0, context))
                          for s in zichtbare]
        self.context, self.per_rol, self.advies = context, per_rol, advies
        self.per_doel = per_doel
        self.doelen = doelen
        return self.zichtbaar

    def tekstcontext(self, stap: Stap) -> Mapping[str, Any]:
        """Wat de teksten van deze stap kennen: bij een vraag per doel ook dat doel."""
        if stap.doelnummer is None:
            return self.context
        return {**self.context, **self.per_doel.get(stap.doelnummer, {})}

    @staticmethod
    def _doelcontext(
        per_doel: dict[int, dict[str, Any]], nummer: int, doelen: Sequence[str],
        metingen: Mapping[str, Sequence[Meting]], context: dict[str, Any],
        meetoordeel: Meetoordeel | None = None,
    ) -> dict[str, Any]:
        """De context bij één doel: de gewone context, het doel en zijn eigen antwoorden.

        Gemaakt bij de eerste vraag van dat doel. Gewone antwoorden van daarna (de stem van het
        kind tussen twee onderdelen per doel) komen er bij het volgende onderdeel bij, zonder de
        antwoorden bij dit doel te overschrijven."""
        eigen = per_doel.get(nummer)
        if eigen is None:
            doel = doelen[nummer - 1]
            van_doel = metingen.get(str(nummer), ())
            laatste = van_doel[-1] if van_doel else None
            eigen = {**context, "doel": doel, "doelnummer": nummer,
                     "metingen": metingtekst(van_doel),
                     "laatste_meting": (f"{laatste.waarde} op {laatste.datum:%d-%m-%Y}"
                                        if laatste else ""),
                     # True, False, of None: geen meting, of niet uit het criterium te rekenen
                     "criterium_gehaald": (meetoordeel(doel, laatste.waarde)
                                           if laatste and meetoordeel else None)}
            per_doel[nummer] = eigen
        else:
            # Gewone antwoorden sinds het vorige onderdeel per doel (de stem van het kind).
            for sleutel, waarde in context.items():
                eigen.setdefault(sleutel, waarde)
        return eigen


def _uitgevouwen(stappen: Sequence[Stap], doelen: list[str]) -> Iterator[Stap]:
    """De stappen in volgorde, met elk onderdeel per doel uitgevouwen over de doelen die er op
    dat moment zijn (`doelen` groeit terwijl de aanroeper de stappen afloopt)."""
    index = 0
    while index < len(stappen):
        stap = stappen[index]
        if stap.onderdeel.herhaal is None:
            yield stap
            index += 1
            continue
        eind = index
        while (eind < len(stappen) and stappen[eind].onderdeel is stap.onderdeel
               and stappen[eind].vragenlijst is stap.vragenlijst):
            eind += 1
        groep = stappen[index:eind]
        for nummer in range(1, len(doelen) + 1):
            for deel in groep:
                yield _per_doel(deel, nummer)
        index = eind


def _per_doel(stap: Stap, nummer: int) -> Stap:
    vraag = stap.vraag
    kop = f"Doel {nummer}: {vraag.titel[0].lower()}{vraag.titel[1:]}"
    return replace(stap, vraag=replace(vraag, id=herhaald_id(vraag.id, nummer), kop=kop),
                   doelnummer=nummer)


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
