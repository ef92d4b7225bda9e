"""Voorbeeldzinnen invullen en kiezen: een goed begin dat de gebruiker zelf afmaakt.

Een voorbeeldzin is een Jinja2-sjabloon met de naam en voornaamwoorden van de leerling
(`{{ Naam }} werkt…`, `{{ zijn }} taak`). Open plekken tussen vierkante haken (`[aantal]`)
blijven staan: die vult de gebruiker in, en de volledigheidscheck zoekt ze met `plekken`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from assistent.kern.taal import vul_in
from assistent.kern.vragenlijst.laden import Catalogus
from assistent.kern.vragenlijst.modellen import Voorbeeldzin, Vraag
from assistent.kern.vragenlijst.rollen import is_doelvorm

# De open plekken die de ingebouwde zinnen gebruiken, met wat erin hoort. Een vaste, kleine
# set, zodat een invulhulp (of een test) elke zin kan afmaken zonder per zin te weten wat er
# staat. Eigen zinnen van een school mogen andere plekken hebben.
PLEKKEN: dict[str, str] = {
    "aantal": "een aantal keer of onderdelen, bijvoorbeeld 4",
    "totaal": "uit hoeveel: '4 van de [totaal]', bijvoorbeeld 5",
    "procent": "een percentage zonder %-teken, bijvoorbeeld 80",
    "minuten": "een aantal minuten, bijvoorbeeld 10",
    "seconden": "een aantal seconden, bijvoorbeeld 5",
    "weken": "een aantal weken, bijvoorbeeld 8",
    "datum": "een datum of moment, bijvoorbeeld 1 maart of de kerstvakantie",
    "situatie": "wanneer het gedrag telt, bijvoorbeeld tijdens het zelfstandig werken",
    "hulpmiddel": "een hulpmiddel met lidwoord, bijvoorbeeld de stappenkaart",
    "onderwerp": "een onderwerp van de leerstof, bijvoorbeeld breuken",
    "getallengebied": "bijvoorbeeld tot 100",
    "tafels": "bijvoorbeeld 6 en 7",
    "niveau": "een toetsniveau, bijvoorbeeld M5",
    "blok": "het nummer van een blok of hoofdstuk, bijvoorbeeld 6",
    "vak": "een vak of vakgebied, bijvoorbeeld rekenen",
    "interesse": "iets waar de leerling graag mee bezig is, bijvoorbeeld dinosaurussen",
    "persoon": "een volwassene op school, bijvoorbeeld de intern begeleider",
    "naam ouder": "de naam van een ouder of verzorger, bijvoorbeeld Anna Jansen",
    "wat ik doe": "een kinddoel in ik-vorm, bijvoorbeeld vraag hulp met mijn hulpkaartje",
    "dag/week": "kies dag of week",
}

# Een plek begint met een letter: "[1]" in een antwoord is een verwijzing, geen open plek.
OPEN_PLEK = re.compile(r"\[([^\W\d_][^\[\]\n]{0,59})\]")


@dataclass(frozen=True)
class Suggestie:
    """Een voorbeeldzin, al ingevuld met naam en voornaamwoorden, en het thema waarom hij hier
    staat (een vragenlijst van de sessie, anders zijn eerste thema)."""

    id: str
    tekst: str
    thema: str | None = None


# Bij deze secties horen alleen de zinnen die de vraag zelf noemt: de gegevens van de leerling
# (een zin over ouders past niet bij de naam) en de bouwstenen van een doel.
ALLEEN_GENOEMD = frozenset({"leerling", "intern"})


def vul_zin(zin: Voorbeeldzin | str, context: Mapping[str, Any]) -> str:
    """Vult naam en voornaamwoorden in; antwoorden zijn gegevens, nooit sjabloontekst."""
    return vul_in(zin.tekst if isinstance(zin, Voorbeeldzin) else zin, context)


def plekken(tekst: str) -> list[str]:
    """De namen van de open plekken in een tekst, in volgorde en zonder dubbele."""
    return list(dict.fromkeys(m.group(1).strip() for m in OPEN_PLEK.finditer(tekst)))


def vul_plekken(tekst: str, waarden: Mapping[str, str]) -> str:
    """Vult de open plekken die in `waarden` staan; de andere blijven open."""

    def vervang(m: re.Match[str]) -> str:
        naam = m.group(1).strip()
        return waarden.get(naam, m.group(0))

    return OPEN_PLEK.sub(vervang, tekst)


def _zinnen(catalogus: Catalogus | Mapping[str, Voorbeeldzin]) -> Mapping[str, Voorbeeldzin]:
    return catalogus.voorbeeldzinnen if isinstance(catalogus, Catalogus) else catalogus


def _volgorde(
    zinnen: Mapping[str, Voorbeeldzin], vraag: Vraag, vragenlijst_id: str,
    sessie: frozenset[str], vreemd: frozenset[str],
) -> Iterable[Voorbeeldzin]:
    """Eerst wat de vraag zelf noemt, dan de zinnen van dezelfde sectie, best passend eerst."""
    genoemd = [*vraag.voorbeeldzinnen, *(o.voorbeeldzin for o in vraag.opties if o.voorbeeldzin)]
    for zin_id in genoemd:
        if zin_id in zinnen:
            yield zinnen[zin_id]
    if vraag.sectie in ALLEEN_GENOEMD:
        return
    # Binnen een sectie wijzen de vraag zelf (`themas`, `domein`) en de vragenlijst het thema aan.
    vraagthemas = {*vraag.themas, *([vraag.domein] if vraag.domein else [])}

    def rang(paar: tuple[int, Voorbeeldzin]) -> tuple[int, int, bool, bool, int]:
        # De thema's van de sessie eerst; dan een punt voor de lopende vragenlijst en een voor
        # wat bij de vraag past; zonder punt gaat 'algemeen' voor de rest, en zinnen van een
        # thema dat niet in de sessie zit komen het laatst. Bij gelijke stand: de bestanden.
        index, zin = paar
        themas = set(zin.themas)
        in_sessie = bool(themas & sessie)
        punten = (vragenlijst_id in themas) + bool(themas & vraagthemas)
        zonder = not in_sessie and not punten
        elders = zonder and bool(themas & vreemd)
        return (-in_sessie, -punten, zonder and "algemeen" not in themas, elders, index)

    sectie = [(i, z) for i, z in enumerate(zinnen.values()) if z.onderdeel == vraag.sectie]
    for _, zin in sorted(sectie, key=rang):
        yield zin


def suggesties(
    catalogus: Catalogus | Mapping[str, Voorbeeldzin],
    vraag: Vraag,
    vragenlijst_id: str,
    context: Mapping[str, Any],
    maximum: int = 9,
    themas: Iterable[str] = (),
) -> list[Suggestie]:
    """Voorbeeldzinnen voor een vraag, ingevuld, in een vaste volgorde en hooguit `maximum`.

    `themas` zijn de vragenlijsten van de sessie (de thema's): hun zinnen gaan voor, en zinnen
    van een vragenlijst die niet in de sessie zit komen achteraan. Bij een doelvraag alleen
    doelen: een zin over factoren is daar geen hulp.
    """
    sessie = frozenset(themas)
    lijsten = (frozenset(catalogus.vragenlijsten) if isinstance(catalogus, Catalogus)
               else frozenset[str]())
    vreemd = lijsten - sessie
    alleen_doelen = is_doelvorm(vraag.soort, vraag.item)
    uit: list[Suggestie] = []
    gezien: set[str] = set()
    for zin in _volgorde(_zinnen(catalogus), vraag, vragenlijst_id, sessie, vreemd):
        if len(uit) >= maximum:
            break
        if zin.id in gezien or (alleen_doelen and not zin.doel):
            continue
        gezien.add(zin.id)
        thema = next((t for t in zin.themas if t in sessie), zin.themas[0] if zin.themas else None)
        uit.append(Suggestie(zin.id, vul_zin(zin, context), thema))
    return uit
