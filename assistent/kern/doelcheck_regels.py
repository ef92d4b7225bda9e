"""Losse regels van de doelcheck: volwassene, ontkenning, oordeel, vergelijking, getallen.

Elke regel werkt op de woordenreeks van één doel en voegt vondsten toe aan de `Analyse`.
`gebruikt` houdt bij welke woorden al een betekenis kregen, zodat geen woord twee signalen geeft.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final, NamedTuple

from assistent.kern.doelcheck_woorden import (
    LIJSTEN,
    PARTIKELS,
    Woorden,
    Woordinfo,
    lijsten,
    vormen,
    zoek_uitdrukkingen,
)

Span = Callable[[int, int], tuple[int, int]]

_FUNCTIEWOORDEN: Final = frozenset(
    "en of tot van de het een in op met t m is zijn bij uit voor na aan door als dan die dat "
    "te om per wordt word".split()
)
_WOORDJE: Final = re.compile(r"[\w/'-]+")
_ERNA: Final = re.compile(r"(?:\s*-?)([a-zà-ÿ]+)")
_VERBINDING: Final = re.compile(r"^\s*(?:,|en|of|tot(?:\s+en\s+met)?|t/m|-|/)\s*$")
_NIET_ONDERWERP_ERVOOR: Final = frozenset("van door aan met bij voor naar om tegen zonder".split())
# Wederkerende voornaamwoorden ("maakt zich zorgen", "ik maak me zorgen").
_ZICH: Final = frozenset("zich me mij zichzelf mezelf".split())
# Wat tussen "werkt" en "aan" mag staan zonder dat het gedrag wordt: onderwerp en bijwoorden.
_TUSSEN_VAAG: Final = frozenset(
    "ik hij zij ze we de leerling nog steeds ook verder hard extra echt nu".split()
)
_BUREN: Final = (-1, 1, -2, 2, -3, 3, -4, 4)
_LIDWOORDEN: Final = frozenset("de het zijn haar mijn hun je jouw".split())
_VOORNAAMWOORDEN: Final = frozenset("ik hij zij ze".split())


class Vondst(NamedTuple):
    """Een signaal vóór het zijn uitleg krijgt; `element` is het onderdeel dat het raakt.

    Een NamedTuple: er ontstaan er een paar per doel, en dat moet goedkoop blijven."""

    soort: str
    begin: int
    eind: int
    element: str
    sleutel: str = ""


class Analyse:
    """Tussenresultaat van één doel, alleen binnen de kern gebruikt.

    Geen dataclass: de vaste beginwaarden staan op de klasse, zodat een nieuwe analyse (één
    per doel) alleen de lijsten van dat doel zet."""

    gedrag = False
    criterium = False
    termijn = False
    onderwerp: str | None = None
    onderwerp_plek: tuple[int, int] | None = None
    werkwoord_plek: tuple[int, int] | None = None
    begint_met_onderwerp = False
    ik_vorm = False
    frequentie = False

    def __init__(
        self, kleine: list[str], infos: list[Woordinfo], actief: dict[int, list[int]]
    ) -> None:
        self.vondsten: list[Vondst] = []
        self.kleine = kleine
        self.infos = infos
        self.actief = actief  # per uitdrukkingslijst (op `id`) waar er een kan beginnen


# `binnen` en `raakt` draaien vaak op een paar spans: een gewone lus is dan sneller dan any()
# met een generator, die per aanroep een object bouwt.


def binnen(b: int, e: int, spans: list[tuple[int, int]]) -> bool:
    for sb, se in spans:
        if sb <= b and e <= se:
            return True
    return False


def raakt(b: int, e: int, spans: list[tuple[int, int]]) -> bool:
    for sb, se in spans:
        if b < se and sb < e:
            return True
    return False


def volwassene(
    a: Analyse,
    w: Woorden,
    kleine: list[str],
    zinsdeel: list[int],
    uitgesloten: set[int],
    gebruikt: set[int],
    span: Span,
    hoofd: list[bool],
) -> list[tuple[int, int]]:
    """Inzet van volwassenen: "krijgt extra instructie", "wordt begeleid", "de juf helpt"."""
    n = len(kleine)
    gevonden: list[tuple[int, int]] = []

    def meld(i: int, j: int) -> None:
        plek = span(i, j)
        gevonden.append(plek)
        a.vondsten.append(Vondst("volwassene", *plek, "gedrag"))
        gebruikt.update(range(i, j))

    lijst = LIJSTEN.get(w) or lijsten(w)
    infos = a.infos
    inzet: list[tuple[int, int, tuple[str, ...]]] | None = None  # pas gezocht als nodig
    for i, info in enumerate(infos):
        if not (info.ontvangt or info.wordt) or i in gebruikt:
            continue
        if info.ontvangt:
            if inzet is None:
                inzet = zoek_uitdrukkingen(infos, lijst.inzet, a.actief)
            for b, e, _zin in inzet:
                if i < b <= i + 8 and zinsdeel[b] == zinsdeel[i]:
                    if infos[i].lem == "volgen" and " ".join(kleine[b:e]) in lijst.zelf_te_volgen:
                        break
                    meld(i, e)
                    break
        else:  # een vorm van "worden": "wordt begeleid"
            for j in range(i + 1, min(n, i + 12)):
                if zinsdeel[j] != zinsdeel[i]:
                    break
                if infos[j].deelwoord and not hoofd[j]:
                    meld(i, j + 1)
                    break
    for pb, pe, _zin in zoek_uitdrukkingen(infos, lijst.personen, a.actief):
        if pb in uitgesloten or pb in gebruikt:
            continue
        voor = pb - 1
        if voor >= 0 and kleine[voor] in _LIDWOORDEN:
            voor -= 1
        if voor >= 0 and kleine[voor] in _NIET_ONDERWERP_ERVOOR:
            continue
        for j in [*range(pe, min(n, pe + 3)), *range(max(0, pb - 3), pb)]:
            if zinsdeel[j] != zinsdeel[pb] or j in gebruikt or not infos[j].handeling:
                continue
            if j < pb and j > 0 and (hoofd[j - 1] or kleine[j - 1] in _VOORNAAMWOORDEN):
                continue
            meld(min(pb, j), max(pe, j + 1))
            break
    return gevonden


def negatief_gedrag(
    a: Analyse,
    kleine: list[str],
    zinsdeel: list[int],
    ontkend: set[int],
    ontkende: list[int],
    negatief: frozenset[str],
    gebruikt: set[int],
    span: Span,
) -> None:
    """Alleen ontkend gedrag ("slaat niet meer"): meld de ontkenning met het werkwoord erbij."""
    if not ontkend:
        return
    n = len(kleine)
    ontkenningen = [i for i, k in enumerate(kleine) if k in negatief]
    for deel in sorted(ontkend):
        for i in ontkenningen:
            if zinsdeel[i] != deel or i in gebruikt:
                continue
            lo, hi = i, i + 1
            for j in range(i + 1, min(n, i + 5)):
                if zinsdeel[j] == deel and kleine[j] == "meer":
                    hi = j + 1
                    break
            for v in ontkende:
                if zinsdeel[v] == deel and abs(v - i) <= 3:
                    lo, hi = min(lo, v), max(hi, v + 1)
            a.vondsten.append(Vondst("negatief", *span(lo, hi), "gedrag"))
            gebruikt.update(range(lo, hi))
            break


def interpretatie(
    a: Analyse,
    w: Woorden,
    kleine: list[str],
    zinsdeel: list[int],
    gebruikt: set[int],
    hoofd: list[bool],
    positief: list[int],
    span: Span,
) -> None:
    """Een oordeel met een koppelwerkwoord ("is lui", "boos worden") in plaats van gedrag."""
    infos = a.infos
    n = len(kleine)
    met_gedrag: set[int] | None = None  # pas berekend bij een oordeel
    alle_koppels: list[int] | None = None
    for i, info in enumerate(infos):
        if not info.oordeel or i in gebruikt or hoofd[i]:
            continue
        if met_gedrag is None:
            met_gedrag = {zinsdeel[p] for p in positief}
        deel = zinsdeel[i]
        if deel in met_gedrag:
            continue
        if alle_koppels is None:
            alle_koppels = [
                j
                for j, koppel in enumerate(infos)
                if koppel.koppel
                and (kleine[j] != "zijn" or j + 1 == n or zinsdeel[j + 1] != zinsdeel[j])
            ]
        # het dichtstbijzijnde koppelwerkwoord in hetzelfde zinsdeel, bij gelijke afstand links
        j = -1
        for k in alle_koppels:
            if k != i and zinsdeel[k] == deel and (j < 0 or abs(k - i) < abs(j - i)):
                j = k
        if j < 0:
            continue
        lo, hi = (min(i, j), max(i, j) + 1) if abs(i - j) <= 3 else (i, i + 1)
        a.vondsten.append(Vondst("interpretatie", *span(lo, hi), "gedrag"))
        gebruikt.update({i, j, *range(lo, hi)})


def vergelijking(
    a: Analyse,
    w: Woorden,
    kleine: list[str],
    zinsdeel: list[int],
    gebruikt: set[int],
    negatief: frozenset[str],
    span: Span,
) -> None:
    """Vergrotende trappen zonder maat ("vaker", "rustiger"); "niet meer" is een ontkenning."""
    for i, info in enumerate(a.infos):
        if not info.trap or i in gebruikt:
            continue
        k = kleine[i]
        if k == "meer" and any(
            kleine[j] in negatief and zinsdeel[j] == zinsdeel[i] for j in range(max(0, i - 4), i)
        ):
            continue
        a.vondsten.append(Vondst("vergelijking", *span(i, i + 1), "criterium"))
        gebruikt.add(i)


def getallen(
    a: Analyse,
    w: Woorden,
    laag: str,
    getalplekken: list[tuple[int, int]],
    termijnen: list[tuple[int, int]],
    criteria: list[tuple[int, int]],
) -> None:
    """Getallen buiten criterium en termijn: een aantal bij het gedrag, of een los getal."""
    woorden: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
    maten = termijnen + criteria  # groeit mee met `criteria`
    groepen: list[tuple[int, int, str]] = []
    for b, e in getalplekken:
        vrij = True  # `raakt` uitgeschreven: de meeste getallen liggen in een maat
        for sb, se in maten:
            if b < se and sb < e:
                vrij = False
                break
        if not vrij:
            continue
        if woorden is None:
            woorden = _getalwoorden(w)
        voor, na, voor_eind = woorden
        ervoor = _woorden_ervoor(laag, b)
        erna = _ERNA.match(laag, e, e + 40)  # met pos en endpos: geen kopie van de tekst
        volgende = erna.group(1) if erna else ""
        vorige = ervoor[-1] if ervoor else ""
        if vorige in ("groep", "leerjaar", "jaargroep", "klas"):
            soort = "groep"
        elif volgende in na or volgende.startswith("jarig"):
            soort = "leeftijd"
        elif (
            # het woord ervoor of de twee of drie woorden ervoor, of het laatste deel met "-"
            (
                vorige in voor_eind
                and (
                    vorige in voor
                    or " ".join(ervoor[-2:]) in voor
                    or " ".join(ervoor[-3:]) in voor
                )
            )
            or ("-" in vorige and vorige.rsplit("-", 1)[1] in voor)
        ) and not (len(ervoor) > 1 and ervoor[-2] in ("per", "elke", "iedere", "elk", "ieder")):
            soort = "inhoud"  # "tafel van 6"; maar "per week drie zinnen" is wel een aantal
        elif volgende and volgende not in _FUNCTIEWOORDEN:
            a.criterium = True
            criteria.append((b, e))
            maten.append((b, e))
            continue
        else:
            soort = "anders"
        if groepen and _VERBINDING.match(laag[groepen[-1][1] : b]):
            groepen[-1] = (groepen[-1][0], e, groepen[-1][2])
            continue
        if soort == "groep":
            b = laag.rfind(vorige, 0, b)
        elif soort == "leeftijd" and erna:
            e = erna.end(1)  # de match begon op `e`, dus `end` is al een plek in `laag`
        groepen.append((b, e, soort))
    for b, e, soort in groepen:
        if soort in ("groep", "leeftijd") or not a.criterium:
            a.vondsten.append(Vondst("los_getal", b, e, "criterium", soort))


def _woorden_ervoor(laag: str, b: int) -> list[str]:
    """De laatste (hooguit drie) woorden zoals `_WOORDJE` ze vindt in de 40 tekens vóór `b`.

    Een woord bevat geen witruimte: meestal geven de laatste drie stukken tussen spaties al
    drie woorden, en hoeft de reguliere expressie (traag per teken) niet over alle 40."""
    stuk = laag[max(0, b - 40) : b]
    delen = stuk.rsplit(None, 3)
    afgekapt = len(delen) == 4
    if afgekapt:
        del delen[0]
    woorden: list[str] = []
    for deel in delen:
        if deel.isalnum():  # precies \w zonder "_": één woord
            woorden.append(deel)
        else:
            woorden += _WOORDJE.findall(deel)
    if afgekapt and len(woorden) < 3:
        woorden = _WOORDJE.findall(stuk)
    return woorden[-3:]


@lru_cache(maxsize=8)
def _getalwoorden(w: Woorden) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """De woorden voor en na een getal dat geen maat is, en van de eerste het laatste woord:
    alleen als het woord vóór het getal daarbij hoort, kan een van de woordgroepen passen."""
    lijst = lijsten(w)
    voor = lijst.getal_voor
    return voor, lijst.getal_na, frozenset(x.split()[-1] for x in voor if x.split())


def onderwerp(
    a: Analyse,
    tekst: str,
    begins: list[int],
    einden: list[int],
    kleine: list[str],
    hoofd: list[bool],
    onderwerpwoorden: list[int],
    w: Woorden,
) -> None:
    """Wie het doel haalt (naam, "ik", "de leerling", "hij") en waar de persoonsvorm staat.

    `onderwerpwoorden` zijn de plekken van "ik" en "leerling" (woordsoort ONDERWERP)."""
    n = len(kleine)
    tijd: frozenset[str] | None = None
    # Alleen een naam (hoofdletter), "ik" of "de leerling" kan het onderwerp zijn: de eerste
    # die past. `index` zoekt de hoofdletters in C in plaats van een ronde over alle woorden.
    plek = n
    if True in hoofd:
        tijd = (LIJSTEN.get(w) or lijsten(w)).tijdwoorden
        i = hoofd.index(True)
        while True:
            k = kleine[i]
            if k == "ik" or k == "leerling" or (k not in tijd and k.isalpha()):
                plek = i
                break
            try:  # zelden: een maand of feestdag met een hoofdletter
                i = hoofd.index(True, i + 1)
            except ValueError:
                break
    for i in onderwerpwoorden:
        k = kleine[i]
        if i < plek and (k == "ik" or (k == "leerling" and i and kleine[i - 1] == "de")):
            plek = i
    lengte = 1
    if plek < n:
        if kleine[plek] == "ik":
            a.ik_vorm = True
        elif kleine[plek] == "leerling" and plek and kleine[plek - 1] == "de":
            plek, lengte = plek - 1, 2
    elif (
        n > 1
        and tekst[begins[0]].isupper()
        and (
            kleine[0] in _VOORNAAMWOORDEN
            or (
                kleine[0] not in _FUNCTIEWOORDEN
                and a.infos[1].werkwoordachtig
                and not a.infos[0].werkwoordachtig
            )
        )
        and kleine[0] not in (tijd or (LIJSTEN.get(w) or lijsten(w)).tijdwoorden)
    ):
        plek = 0
    else:
        return
    b, e = begins[plek], einden[plek + lengte - 1]
    a.onderwerp, a.onderwerp_plek = tekst[b:e], (b, e)
    na = plek + lengte
    infos = a.infos
    if na < n and infos[na].werkwoordachtig:
        a.werkwoord_plek = begins[na], einden[na]
        a.begint_met_onderwerp = plek == 0
    elif plek and infos[plek - 1].werkwoordachtig:
        a.werkwoord_plek = begins[plek - 1], einden[plek - 1]


def gespreid_vaag(
    infos: list[Woordinfo],
    kleine: list[str],
    zinsdeel: list[int],
    hoofd: list[bool],
    gebruikt: set[int],
    tijd: set[int],
) -> list[tuple[int, int]]:
    """Gespreid "werken aan": "Voor de kerst werkt Sofie aan …" is even vaag als "Sofie werkt
    aan …". Ertussen mogen onderwerp, termijn en bijwoord staan, geen maat of manier."""
    uit: list[tuple[int, int]] = []
    n = len(kleine)
    for i, info in enumerate(infos):
        voorzetsels = info.paar
        if not voorzetsels or i in gebruikt:
            continue
        for j in range(i + 1, min(n, i + 9)):
            if zinsdeel[j] != zinsdeel[i] or (j in gebruikt and j not in tijd):
                break
            if kleine[j] in voorzetsels:
                uit.append((i, j))
                break
            if not (j in tijd or hoofd[j] or kleine[j] in _TUSSEN_VAAG):
                break
    return uit


def wederkerend(
    w: Woorden, kleine: list[str], zinsdeel: list[int], grootzin: list[int], gebruikt: set[int]
) -> list[tuple[int, ...]]:
    """Wederkerende werkwoorden voor een gevoel ("maakt zich zorgen", "schaamt zich"): geen
    gedrag. Per vondst het werkwoord, het wederkerend voornaamwoord en het naamwoord erbij."""
    lijst, sleutels = _wederkerende(w)
    n = len(kleine)
    uit: list[tuple[int, ...]] = []
    partikels: list[int] | None = None  # waar een partikel staat, pas berekend als nodig
    for z in range(n):
        if kleine[z] not in _ZICH or z in gebruikt:
            continue
        deel = zinsdeel[z]
        for d in _BUREN:  # de buren van dichtbij naar ver, bij gelijke afstand eerst links
            i = z + d
            if i < 0 or i >= n or i in gebruikt or zinsdeel[i] != deel:
                continue
            if partikels is None:
                partikels = [p for p in range(n) if kleine[p] in PARTIKELS]
            groot = grootzin[i]
            achter = [p for p in partikels if p > i and grootzin[p] == groot]
            f = vormen(kleine[i])
            if not achter and f.isdisjoint(sleutels):
                continue  # meestal: geen wederkerend werkwoord
            f = f | {kleine[p] + v for p in achter for v in f}
            for nodig in (x for v in lijst.keys() & f for x in lijst[v]):
                erbij = [p for p in range(n) if zinsdeel[p] == deel and kleine[p] in nodig]
                if len(nodig) == len({kleine[p] for p in erbij}):
                    uit.append((i, z, *erbij))
                    break
            else:
                continue
            break
    return uit


@lru_cache(maxsize=8)
def _wederkerende(
    w: Woorden,
) -> tuple[dict[str, tuple[frozenset[str], ...]], frozenset[str]]:
    """Per werkwoord de andere woorden die erbij moeten staan ("zorgen maken": "zorgen"),
    en alle werkwoorden samen als verzameling."""
    uit: dict[str, tuple[frozenset[str], ...]] = {}
    for zin in sorted(w.set("vaag.wederkerend")):
        *nodig, werkwoord = zin.split()
        uit[werkwoord] = (*uit.get(werkwoord, ()), frozenset(nodig))
    return uit, frozenset(uit)
