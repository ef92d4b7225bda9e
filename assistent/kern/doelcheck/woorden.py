"""De woordenlijsten van de doelcheck: laden, voorbewerken, en wat per woord vaststaat.

De lijsten staan in `doelwoorden.toml` (in dit pakket) zodat een school ze kan aanvullen
zonder code. Per bestandsversie worden ze één keer gelezen en voorbewerkt tot `Woorden`; wat
een woord los van de zin is (lemma, vormen, in welke lijsten het staat) komt één keer per
woord in een `Woordinfo`, in de woordcache van die `Woorden`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Final, NamedTuple

from assistent.kern.doelcheck.grammatica import (
    BEZIT,
    BEZIT_TEKEN,
    BIJZINWOORDEN,
    GEEN_WERKWOORD,
    HOOFDLETTERWOORDEN,
    LEERWERKWOORDEN,
    PARTIKELS,
    VERBINDINGSTEKEN,
    VOEGWOORDEN,
    WOORD,
    WOORDTEKENS,
    ZICH,
    is_deelwoord,
    is_persoonsvorm,
    lemma,
    vormen,
)
from assistent.kern.doelcheck.maatpatronen import bouw_patronen
from assistent.kern.doelcheck.patronen import Patronen
from assistent.kern.doelcheck.regellijsten import Regellijsten
from assistent.kern.doelcheck.schoolbestand import lees_schoolbestand
from assistent.kern.doelcheck.woordsoorten import (
    AANLEIDING,
    BIJZIN,
    CIJFER,
    GEDRAG,
    GRENS,
    HOOFDLETTERWOORD,
    LEER,
    NEGATIEF,
    ONDERWERP,
    OORDEEL,
    PARTIKEL,
    PATROONBEGIN,
    PATROONSLEUTEL,
    TRAP,
    UITDRUKKING,
    VAAG_LOS,
    VAAG_PAAR,
    VAN,
    VERMOGEN,
    VOLWASSENE,
    WEDERKEREND,
)

BASISBESTAND: Final = "doelwoorden.toml"  # in dit pakket, gelezen met importlib.resources

Uitdrukking = tuple[str, ...]
# Uitdrukkingen op hun eerste woord, langste eerst, zodat zoeken per woord één opzoeking is.
Index = Mapping[str, tuple[Uitdrukking, ...]]
_MAX_WOORDCACHE: Final = 65536


# Verbogen woorden op -ere die geen vergelijking over hoe goed zijn.
_GEEN_TRAP: Final = frozenset({"oudere", "jongere", "andere", "meerdere", "verdere", "overige"})
# "aangeboden", "uitgelegd": een voltooid deelwoord met een scheidbaar voorvoegsel.
_SCHEIDBAAR_DEELWOORD: Final = re.compile(
    r"(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg)ge[a-z]{3,}"
)



class Beginnend(NamedTuple):
    """De uitdrukkingen van één lijst die met een woord kunnen beginnen, in zoekvolgorde, met
    hun tweede woorden en of er een van één woord bij is. Zo slaat het zoeken een plek over
    zonder elke uitdrukking te proberen als het volgende woord bij geen enkele past ("de"
    begint veel uitdrukkingen)."""

    uitdrukkingen: tuple[Uitdrukking, ...]
    tweede_woorden: frozenset[str]
    een_woord: bool


class Instrumentlijst(NamedTuple):
    """Een lijst woorden bij een meetinstrument."""

    genoemd: bool  # het doel noemt het instrument zelf ("turflijst"), of het past bij de inhoud
    volgorde: int  # binnen de groep: bij gelijke lengte wint de eerste lijst
    instrument: str  # "turflijst", "DMT/AVI", …
    lijstnaam: str  # de naam van de uitdrukkingen in `Woorden.uitdrukkingen`


@dataclass(frozen=True, eq=False)
class Woorden:
    """Alle lijsten uit het TOML-bestand, voorbewerkt, met een woordcache.

    Vergelijken gaat op identiteit: per bestandsversie is er één object (`laad_woorden`)."""

    lijsten: Mapping[str, frozenset[str]]  # "vaag.werkwoorden" → de woorden
    uitdrukkingen: Mapping[str, Index]  # per lijst (ook elke lijst bij een meetinstrument)
    instrumenten: Mapping[str, Instrumentlijst]  # op hun naam in `uitdrukkingen`
    patronen: Patronen
    regels: Regellijsten
    # Per eerste woord: welke lijsten een uitdrukking hebben die daarmee begint.
    op_eerste_woord: Mapping[str, frozenset[str]]
    # Lijsten waarin een samenstelling meetelt: per lijst de losse woorden waarop die eindigt
    # ("leesinstructie", "spellingbegeleiding" bij de inzet van volwassenen).
    samenstellingen: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Wat per woord vaststaat, één keer per woord berekend (ook voor stukken als "klas.").
    per_woord: dict[str, Woordinfo] = field(default_factory=dict)

    def info(self, woord: str) -> Woordinfo:
        """De `Woordinfo` van een woord (in kleine letters), uit de cache of nieuw berekend."""
        info = self.per_woord.get(woord)
        if info is None:
            if len(self.per_woord) >= _MAX_WOORDCACHE:
                self.per_woord.clear()
            info = self.per_woord[woord] = Woordinfo(self, woord)
        return info

    def stukinfo(self, stuk: str) -> Woordinfo | None:
        """De info van een stuk tekst tussen witruimte dat met één woord begint en verder alleen
        leestekens heeft ("klas.", "z'n,"), anders None ("8/10", "'s", "-"). Zo'n stuk komt ook
        in de woordcache: een woord bevat nooit zo'n leesteken, dus het botst met geen woord."""
        treffers = WOORD.findall(stuk)
        if len(treffers) != 1 or not stuk.startswith(treffers[0]):
            return None
        info = self.info(treffers[0])
        if len(self.per_woord) >= _MAX_WOORDCACHE:
            self.per_woord.clear()
        self.per_woord[stuk] = info
        return info


class Woordinfo:
    """Wat een woord los van de zin is: lemma, vormen, woordsoorten en in welke lijsten het staat.

    Eén keer per woord berekend (`Woorden.info`); de woordronde en de regels lezen alleen."""

    __slots__ = (
        "woord", "lemma", "vormen", "alleen_letters", "kan_werkwoord_zijn", "waarneembaar",
        "persoonsvorm", "werkwoordachtig", "vaag", "leerwerkwoord", "stopwerkwoord",
        "tweede_deel_mogelijk", "vage_voorzetsels", "uitdrukkingen", "past_als", "patroonbegins",
        "patroonbits", "woorddelen", "sleutelbits", "ontvangwerkwoord", "vorm_van_worden",
        "voltooid_deelwoord", "volwassen_handeling", "koppelwerkwoord", "oordeelwoord",
        "vergrotende_trap", "woordsoorten", "_met_partikel", "_begins_per_masker",
    )

    def __init__(self, w: Woorden, woord: str) -> None:
        lijst = w.regels
        self.woord = woord  # het woord zelf, in kleine letters
        self.lemma = lem = lemma(woord)
        self.vormen = f = vormen(woord)
        onbekend_deelwoord = False
        if lem == woord and woord.startswith("ge") and woord.endswith(("d", "t")) and (
                len(woord) > 5):
            # "getraind": een deelwoord dat simplemma niet kent, van een handeling van volwassenen
            kern = vormen(woord[2:-1] + "t") & lijst.volwassen_handelingen
            if kern:
                self.vormen = f = f | kern
                onbekend_deelwoord = True
        self.alleen_letters = woord.isalpha()
        self.kan_werkwoord_zijn = self.alleen_letters and woord not in GEEN_WERKWOORD
        self.waarneembaar = not f.isdisjoint(lijst.waarneembaar)
        # Een deelwoord als "uitgelegd" is nooit vervoegd, ook al eindigt het op -d.
        persoonsvorm = is_persoonsvorm(woord, lem) and not is_deelwoord(woord)
        self.werkwoordachtig = persoonsvorm or not f.isdisjoint(lijst.werkwoorden)
        self.persoonsvorm = persoonsvorm and lem not in lijst.geen_gedrag
        self.vaag = not f.isdisjoint(lijst.vage_werkwoorden) and not self.waarneembaar
        self.leerwerkwoord = not f.isdisjoint(LEERWERKWOORDEN)
        self.stopwerkwoord = not f.isdisjoint(lijst.stopwerkwoorden)
        # Vormen die pas met andere woorden erbij iets worden: "gaat naar", "laat … zien".
        self.tweede_deel_mogelijk = "gaan" in f or not f.isdisjoint(lijst.tweede_werkwoord)
        paren = lijst.vage_paren  # "werkt … aan": het voorzetsel dat bij dit werkwoord vaag is
        self.vage_voorzetsels = (
            frozenset(paren[v] for v in paren.keys() & f) if self.kan_werkwoord_zijn else _LEEG
        )
        self.uitdrukkingen = _beginnende_uitdrukkingen(w, woord, lem)
        # Wat dit woord verderop in een uitdrukking kan zijn: vorm, lemma of het bezitteken.
        self.past_als = frozenset((woord, lem, BEZIT_TEKEN) if woord in BEZIT else (woord, lem))
        self._patronen(w.patronen, woord)
        # Voor de regels over volwassenen, oordelen en vergelijkingen.
        self.ontvangwerkwoord = not f.isdisjoint(lijst.ontvangwerkwoorden)
        self.vorm_van_worden = "worden" in f and lem == "worden"
        self.voltooid_deelwoord = onbekend_deelwoord or is_deelwoord(woord) or (
            woord != lem
            and lem.endswith("en")
            and (
                woord.startswith("ge")
                or woord.endswith(("d", "t"))
                or (woord.endswith("en") and _SCHEIDBAAR_DEELWOORD.match(woord) is not None)
            )
        )
        self.volwassen_handeling = not f.isdisjoint(lijst.volwassen_handelingen)
        self.koppelwerkwoord = not f.isdisjoint(lijst.koppelwerkwoorden)
        self.oordeelwoord = woord in lijst.oordeelwoorden or lem in lijst.oordeelwoorden
        # Ook verbogen vóór een naamwoord: "betere resultaten", "mooiere zinnen". Niet een
        # leeftijd ("met jongere kinderen"): dat zegt wie, niet hoe goed.
        onverbogen = woord[:-1] if woord.endswith("ere") and woord not in _GEEN_TRAP else ""
        manieren = lijst.manieren
        # "werkt verder": een partikel, geen vergelijking van "ver"
        self.vergrotende_trap = self.alleen_letters and woord not in PARTIKELS and (
            woord in lijst.vergrotende_trappen
            or onverbogen in lijst.vergrotende_trappen
            # "taakgerichter", "efficiënter": een oordeel over hoe uit de lijst, vergeleken
            or (woord.endswith("er") and woord[:-2] in manieren)
            or (onverbogen.endswith("er") and onverbogen[:-2] in manieren)
            or (
                lem != woord
                and len(lem) >= 3
                and not lem.endswith("en")
                and (woord in (lem + "er", lem + lem[-1] + "er", lem + "der")
                     or onverbogen in (lem + "er", lem + lem[-1] + "er", lem + "der"))
            )
        )
        self._met_partikel: dict[str, frozenset[str]] = {}
        self._begins_per_masker: dict[int, tuple[tuple[int, tuple[int, ...]], ...]] = {}
        self.woordsoorten = self._woordsoorten(lijst)

    def _patronen(self, patronen: Patronen, woord: str) -> None:
        """Waar in het woord een patroon kan beginnen, per reeks woordtekens ("z'n" → "z", "n"),
        met de delen die daar kunnen beginnen; en welke delen het woord toestaat."""
        reeksen = (
            ((0, woord),)
            if woord.isalnum()
            else ((m.start(), m.group()) for m in WOORDTEKENS.finditer(woord))
        )
        self.patroonbegins = tuple(
            (plek, delen) for plek, reeks in reeksen if (delen := patronen.begindelen(reeks))
        )
        self.patroonbits = sum({1 << i for _plek, delen in self.patroonbegins for i in delen})
        # Een woord met streepjes telt ook met zijn delen ("avi-niveau": "avi" en "niveau").
        self.woorddelen = (woord, *woord.split("-")) if "-" in woord else (woord,)
        self.sleutelbits = patronen.sleutelbits(
            self.woorddelen, VERBINDINGSTEKEN.split(woord)
        )

    def met_partikel(self, partikel: str) -> frozenset[str]:
        """De vormen met een partikel ervoor ("ruimt … op": "opruimen"), per woord bewaard."""
        uit = self._met_partikel.get(partikel)
        if uit is None:
            uit = self._met_partikel[partikel] = self.vormen | {partikel + v for v in self.vormen}
        return uit

    def patroonbegins_met(self, mag: int) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """`patroonbegins` met alleen de delen die mogen (bits), per woord en combinatie
        bewaard: zo hoeft het zoeken niet bij elke poging te kijken of een deel mag."""
        begins = self._begins_per_masker.get(mag)
        if begins is None:
            gefilterd = (
                (plek, tuple(i for i in delen if mag >> i & 1))
                for plek, delen in self.patroonbegins
            )
            begins = self._begins_per_masker[mag] = tuple(
                (plek, delen) for plek, delen in gefilterd if delen
            )
        return begins

    def _woordsoorten(self, lijst: Regellijsten) -> int:
        woord, f = self.woord, self.vormen
        return (
            (GRENS if woord in VOEGWOORDEN or woord in BIJZINWOORDEN else 0)
            | (BIJZIN if woord in BIJZINWOORDEN else 0)
            | (VAN if woord == "van" else 0)
            | (PARTIKEL if woord in PARTIKELS else 0)
            | (NEGATIEF if woord in lijst.ontkenningen else 0)
            | (WEDERKEREND if woord in ZICH else 0)
            | (HOOFDLETTERWOORD if woord in HOOFDLETTERWOORDEN else 0)
            | (VERMOGEN if woord == "staat" or "lukken" in f else 0)
            | (LEER if self.leerwerkwoord else 0)
            | (VAAG_PAAR if self.vage_voorzetsels else 0)
            | (VAAG_LOS if self.vaag and self.alleen_letters else 0)
            | (OORDEEL if self.oordeelwoord else 0)
            | (TRAP if self.vergrotende_trap else 0)
            | (VOLWASSENE if self.ontvangwerkwoord or self.vorm_van_worden else 0)
            | (ONDERWERP if woord in ("ik", "leerling") else 0)
            | (UITDRUKKING if self.uitdrukkingen else 0)
            | (PATROONBEGIN if self.patroonbegins else 0)
            | (PATROONSLEUTEL if self.sleutelbits else 0)
            | (CIJFER if any(map(str.isdigit, woord)) else 0)
            | (GEDRAG if self.kan_werkwoord_zijn and self._kan_gedrag_zijn(lijst) else 0)
            | (AANLEIDING if not lijst.aanleidingen.isdisjoint(self.woorddelen) else 0)
        )

    def _kan_gedrag_zijn(self, lijst: Regellijsten) -> bool:
        return (
            self.waarneembaar
            or self.persoonsvorm
            or self.tweede_deel_mogelijk
            or not self.vormen.isdisjoint(lijst.na_partikel)  # "ruimt" met "op": "opruimen"
        )


_LEEG: Final[frozenset[str]] = frozenset()


def _beginnende_uitdrukkingen(w: Woorden, woord: str, lem: str) -> dict[str, Beginnend]:
    """Per lijst de uitdrukkingen die met dit woord kunnen beginnen: als vorm, als lemma of
    als bezittelijk voornaamwoord, in de volgorde van het zoeken."""
    namen = w.op_eerste_woord.get(woord, _LEEG)
    if lem != woord:
        namen = namen | w.op_eerste_woord.get(lem, _LEEG)
    if woord in BEZIT:
        namen = namen | w.op_eerste_woord.get(BEZIT_TEKEN, _LEEG)
    uit = {}
    for naam in namen:
        index = w.uitdrukkingen[naam]
        kandidaten = index.get(woord, ())
        if lem != woord:
            kandidaten += index.get(lem, ())
        if woord in BEZIT:
            kandidaten += index.get(BEZIT_TEKEN, ())
        tweede = frozenset(zin[1] for zin in kandidaten if len(zin) > 1)
        uit[naam] = Beginnend(kandidaten, tweede, any(len(zin) == 1 for zin in kandidaten))
    for naam, delen in w.samenstellingen.items():
        if naam not in uit and any(woord.endswith(d) and len(woord) > len(d) + 2 for d in delen):
            uit[naam] = Beginnend(((woord,),), _LEEG, True)  # "leesinstructie"
    return uit


# --- Laden en voorbewerken ---


def _als_uitdrukking(woorden: str) -> Uitdrukking:
    return tuple(BEZIT_TEKEN if d in BEZIT else d for d in woorden.lower().split())


def _index(woorden: list[str]) -> Index:
    index: dict[str, list[Uitdrukking]] = {}
    for woord in woorden:
        zin = _als_uitdrukking(woord)
        if zin and zin not in index.setdefault(zin[0], []):
            index[zin[0]].append(zin)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _schoon(lijst: list[str]) -> list[str]:
    return [w.strip().lower() for w in lijst if w.strip()]


MANIER_TENZIJ: Final = "vaag.manier_tenzij"


def bouw_woorden(ruw: dict[str, Any]) -> Woorden:
    """De voorbewerkte lijsten uit de inhoud van een (samengevoegd) woordenbestand."""
    lijsten: dict[str, frozenset[str]] = {}
    uitdrukkingen: dict[str, Index] = {}
    for sectie, inhoud in ruw.items():
        if sectie == "meetinstrument":
            continue
        for sleutel, lijst in inhoud.items():
            woorden = _schoon(lijst)
            lijsten[f"{sectie}.{sleutel}"] = frozenset(woorden)
            uitdrukkingen[f"{sectie}.{sleutel}"] = _index(woorden)
    # Een manier met haar uitzonderingen ("tenzij.gepast"): de manieren zelf zijn één lijst.
    manieren = _schoon(list(ruw.get("tenzij", {})))
    lijsten[MANIER_TENZIJ] = frozenset(manieren)
    uitdrukkingen[MANIER_TENZIJ] = _index(manieren)
    instrumenten: list[Instrumentlijst] = []
    for groep in ("genoemd", "inhoud"):
        for volgorde, (instrument, woorden) in enumerate(
            ruw.get("meetinstrument", {}).get(groep, {}).items()
        ):
            lijstnaam = f"meetinstrument.{groep}.{instrument}"
            uitdrukkingen[lijstnaam] = _index(_schoon(woorden))
            instrumenten.append(
                Instrumentlijst(groep == "genoemd", volgorde, instrument, lijstnaam)
            )
    op_eerste_woord: dict[str, set[str]] = {}
    for naam, index in uitdrukkingen.items():
        for eerste in index:
            op_eerste_woord.setdefault(eerste, set()).add(naam)
    return Woorden(
        lijsten=lijsten,
        uitdrukkingen=uitdrukkingen,
        instrumenten={lijst.lijstnaam: lijst for lijst in instrumenten},
        patronen=bouw_patronen(lijsten),
        regels=Regellijsten.uit(lijsten),
        op_eerste_woord={k: frozenset(v) for k, v in op_eerste_woord.items()},
        samenstellingen={naam: tuple(w for w in lijsten[naam] if " " not in w and len(w) >= 7)
                         for naam in _MET_SAMENSTELLINGEN if naam in lijsten},
    )


# "Krijgt extra leesinstructie", "krijgt rekenbegeleiding": ook als samenstelling inzet.
_MET_SAMENSTELLINGEN: Final = ("volwassene.inzet",)


@lru_cache(maxsize=1)
def _basis_ruw() -> dict[str, Any]:
    bestand = files(__package__ or "").joinpath(BASISBESTAND)
    return tomllib.loads(bestand.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def _geladen(extra: Path | None, _versie: tuple[int, int]) -> Woorden:
    basis = _basis_ruw()
    if extra is None:
        return bouw_woorden(basis)
    return bouw_woorden(lees_schoolbestand(extra, basis))


def bestandsversie(bestand: Path | None) -> tuple[int, int]:
    """Wijzigingstijd en grootte: een gewijzigd schoolbestand wordt opnieuw gelezen."""
    if bestand is None:
        return (0, 0)
    try:
        status = bestand.stat()
    except OSError:
        return (-1, -1)
    return (status.st_mtime_ns, status.st_size)


def laad_woorden(extra: Path | None = None) -> Woorden:
    """De woordenlijsten, eventueel aangevuld; per bestand en wijzigingstijd één keer gebouwd.

    Gooit `DoelwoordenFout` als het schoolbestand niet te gebruiken is."""
    return _geladen(extra, bestandsversie(extra))
