"""Herkenning van gedrag, criterium, termijn en de signalen in één doel.

Regels, geen zinnen: woorden worden via hun lemma vergeleken met de lijsten uit
`doelwoorden.toml`; aantallen en data via de patronen uit `doelcheck_patronen`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from assistent.kern.doelcheck_patronen import Kansen
from assistent.kern.doelcheck_regels import (
    Analyse,
    Vondst,
    binnen,
    gespreid_vaag,
    getallen,
    interpretatie,
    negatief_gedrag,
    onderwerp,
    raakt,
    vergelijking,
    volwassene,
    wederkerend,
)
from assistent.kern.doelcheck_woorden import (
    AANLEIDING,
    BEZIT,
    BIJZIN,
    CIJFER,
    GEDRAG,
    GRENS,
    HOOFDLETTERWOORD,
    KANS,
    LEER,
    LIJSTEN,
    NEGATIEF,
    ONDERWERP,
    OORDEEL,
    PARTIKEL,
    PARTIKELS,
    SLEUTEL,
    TRAP,
    VAAG_LOS,
    VAAG_PAAR,
    VAN,
    VERMOGEN,
    VOLWASSENE,
    WEDERKEREND,
    ZINNEN,
    Plekken,
    Woorden,
    Woordinfo,
    lijsten,
    nieuwe_woordinfo,
    stukinfo,
    zoek_uitdrukkingen,
)
from assistent.kern.doelcheck_woorden import WOORD as _WOORD

# Woordsoorten waarvan de analyse de plekken nodig heeft; ze staan bij ongeveer drie woorden
# per doel, die de woordronde in `plekwoorden` zet (zie `_plekken`).
_PLEK: Final = GRENS | VAN | GEDRAG | PARTIKEL | HOOFDLETTERWOORD | ONDERWERP
_BIJZONDER: Final = SLEUTEL | KANS | ZINNEN | _PLEK
_LEESTEKEN: Final = re.compile(r"[,;:.!?()\[\]–—]")
# Na deze woorden is een hele werkwoord een zelfstandig naamwoord ("bij het voorlezen").
_NAAMWOORD_ERVOOR: Final = frozenset(
    "de het een bij in met van voor op tijdens na dit deze die elk elke ieder iedere alle "
    "welke zijn haar mijn hun je jouw z'n m'n over aan".split()
)
# Een criterium met een frequentie: een van deze stukjes ergens in de tekst ("elke" bevat
# "elk"), of een losse "x" ("3 x per week"). Stukjes zoeken met `in` is veel goedkoper dan één
# regex met alternatieven, die op elke plek elk alternatief probeert.
_FREQUENTIEDELEN: Final = ("keer", "maal", "elk", "ieder", "dagelijks", "wekelijks")
_LOSSE_X: Final = re.compile(r"\bx\b")


def _frequentie(stuk: str) -> bool:
    for deel in _FREQUENTIEDELEN:
        if deel in stuk:
            return True
    return "x" in stuk and _LOSSE_X.search(stuk) is not None


def _klein(tekst: str) -> str:
    """Kleine letters met dezelfde lengte, zodat posities kloppen (ook bij "İ")."""
    laag = tekst.lower()
    if len(laag) == len(tekst):
        return laag
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in tekst)


def _geraakt(begins: list[int], einden: list[int], spans: list[tuple[int, int]]) -> set[int]:
    """De woorden die een van de spans raken (zoals `raakt`), via bisect in plaats van per woord."""
    uit: set[int] = set()
    for sb, se in spans:
        uit.update(range(bisect_right(einden, sb), bisect_left(begins, se)))
    return uit


def _voorzetsel_zonder(kleine: list[str], leestekens: set[int], i: int) -> bool:
    """Is dit "zonder" een voorzetsel ("zonder materiaal") en geen bijzin? Dan hoort een
    partikel erna nog bij het werkwoord ("lost … zonder materiaal op"). Alleen "zonder dat"
    en "zonder … te" openen een bijzin."""
    if kleine[i] != "zonder" or (i + 1 < len(kleine) and kleine[i + 1] == "dat"):
        return False
    for j in range(i + 1, len(kleine)):
        if j in leestekens:
            break
        if kleine[j] == "te":
            return False
    return True


def _zinsdelen(
    kleine: list[str], infos: list[Woordinfo], leestekens: set[int], grenzen: list[int]
) -> tuple[list[int], list[int], set[int]]:
    """Zinsdelen: grenzen bij leestekens en voegwoorden; "zonder …" beschrijft geen gedrag.

    Per woord het nummer van zijn zinsdeel, van zijn grootzin (grover: alleen leestekens en
    bijzinnen, voor scheidbare werkwoorden) en de woorden die geen doelgedrag zijn. Alleen de
    woorden in `grenzen` kunnen iets veranderen; de stukken ertussen vullen we in één keer.
    """
    if not grenzen:  # één zinsdeel: geen leesteken, voegwoord of bijzin
        return [0] * len(kleine), [0] * len(kleine), set()
    zinsdeel: list[int] = []
    grootzin: list[int] = []
    uitgesloten: set[int] = set()
    nummer = groot = vanaf = 0
    sluit_uit = False
    for i in grenzen:
        if i > vanaf:
            zinsdeel += [nummer] * (i - vanaf)
            grootzin += [groot] * (i - vanaf)
            if sluit_uit:
                uitgesloten.update(range(vanaf, i))
        vlaggen = infos[i].vlaggen
        leesteken = i in leestekens
        if leesteken or vlaggen & GRENS:
            nummer += 1
            sluit_uit = bool(vlaggen & BIJZIN)
        if leesteken or (vlaggen & BIJZIN and not _voorzetsel_zonder(kleine, leestekens, i)):
            groot += 1
        if vlaggen & VAN and i >= 2 and kleine[i - 2] == "in" and kleine[i - 1] == "plaats":
            sluit_uit = True
        zinsdeel.append(nummer)
        grootzin.append(groot)
        if sluit_uit:
            uitgesloten.add(i)
        vanaf = i + 1
    rest = len(kleine) - vanaf
    if rest > 0:
        zinsdeel += [nummer] * rest
        grootzin += [groot] * rest
        if sluit_uit:
            uitgesloten.update(range(vanaf, len(kleine)))
    return zinsdeel, grootzin, uitgesloten


def _losse_woorden(w: Woorden, stuk: str) -> list[tuple[int, Woordinfo]]:
    """De woorden in een stuk tekst dat niet één woord is, met hun plek in het stuk."""
    bekend = w.per_woord
    return [
        (m.start(), bekend.get(m.group()) or nieuwe_woordinfo(w, m.group()))
        for m in _WOORD.finditer(stuk)
    ]


def _bijzonder(
    i: int,
    info: Woordinfo,
    actief: Plekken,
    kanswoorden: list[int],
    plekwoorden: list[tuple[int, int]],
) -> int:
    """Wat de woordronde onthoudt van een woord met een bit uit `_BIJZONDER`: waar het staat
    (per uitdrukkingslijst, voor patronen, voor de plekken); geeft zijn sleutelbits."""
    v = info.vlaggen
    if v & _PLEK:
        plekwoorden.append((i, v))
    if v & KANS:
        kanswoorden.append(i)
    if v & ZINNEN:
        for x in info.zinnen:
            plekken = actief.get(x)
            if plekken is None:
                actief[x] = [i]
            else:
                plekken.append(i)
    return info.sleutelbits if v & SLEUTEL else 0


def _plekken(plekwoorden: list[tuple[int, int]], bits: int) -> list[int]:
    """De woorden met een van deze woordsoorten (alle uit `_PLEK`), gezocht tussen de
    `plekwoorden` (plek en woordsoorten): een paar per doel, in plaats van alle woorden langs."""
    return [i for i, v in plekwoorden if v & bits]


Woordronde = tuple[
    list[str],  # de woorden in kleine letters
    list[int],  # hun begin
    list[int],  # hun eind
    list[Woordinfo],
    list[bool],  # met een hoofdletter (de eerste van de zin telt hier nog mee)
    int,  # de woordsoorten van het hele doel
    Plekken,  # per uitdrukkingslijst (op `id`) waar er een kan beginnen
    list[int],  # woorden waar een patroon kan beginnen
    list[tuple[int, int]],  # woorden met een woordsoort uit `_PLEK`, met hun woordsoorten
    int,  # de patroondelen die de woorden toestaan
    bool,  # kan er tussen het eerste en het laatste woord een leesteken staan?
]


def _woordronde(tekst: str, laag: str, w: Woorden) -> Woordronde:
    """De woorden (`_WOORD` in `laag`) met wat de analyse per woord nodig heeft, in één ronde.

    Een woord bevat geen witruimte, dus we knippen op witruimte (in C); meestal is een stuk
    één woord, eventueel met leestekens erachter ("klas."), en staat het stuk al in de
    woordcache (zie `stukinfo`). De ronde doet per woord zo weinig mogelijk: wat maar bij een
    paar woorden speelt (uitdrukkingen, patronen, sleutelwoorden) zit achter één bit.
    """
    bekend = w.per_woord  # de woordcache: wat per woord vaststaat, één keer berekend
    kleine: list[str] = []
    begins: list[int] = []
    einden: list[int] = []
    infos: list[Woordinfo] = []
    hoofd: list[bool] = []
    actief: Plekken = {}
    kanswoorden: list[int] = []
    plekwoorden: list[tuple[int, int]] = []
    aanwezig = sleutelbits = 0
    plek = i = 0
    stukken = laag.split()
    # Telkens één spatie (het gewone geval, in C nagekeken): dan begint elk stuk één teken na
    # het vorige en hoeven we de plek niet te zoeken.
    enkel = " ".join(stukken) == laag
    # Een leesteken tussen de woorden kan alleen achter een woord staan dat niet het laatste is
    # ("klas, en"), of in een stuk dat geen woord is ("(8/10)"), of in andere witruimte.
    tussen = not enkel
    achter = False  # had het vorige stuk tekens achter het woord?
    for stuk in stukken:
        if enkel:
            b = plek
        else:
            b = laag.find(stuk, plek)
        plek = b + len(stuk) + enkel
        info = bekend.get(stuk) or stukinfo(w, stuk)
        tussen = tussen or achter
        if info is None:  # geen woord of meer woorden ("(8/10)", "-"): zie `_losse_woorden`
            tussen = True
            for o, info in _losse_woorden(w, stuk):
                kleine.append(info.k)
                begins.append(b + o)
                einden.append(b + o + len(info.k))
                infos.append(info)
                hoofd.append(tekst[b + o].isupper())
                aanwezig |= info.vlaggen
                if info.vlaggen & _BIJZONDER:
                    sleutelbits |= _bijzonder(i, info, actief, kanswoorden, plekwoorden)
                i += 1
            continue
        k = info.k
        achter = len(k) != len(stuk)
        kleine.append(k)
        begins.append(b)
        einden.append(b + len(k))
        infos.append(info)
        hoofd.append(tekst[b].isupper())
        v = info.vlaggen
        aanwezig |= v
        if v & _BIJZONDER:  # zoals `_bijzonder`, hier zonder functieaanroep: het gewone geval
            if v & _PLEK:
                plekwoorden.append((i, v))
            if v & KANS:
                kanswoorden.append(i)
            if v & SLEUTEL:
                sleutelbits |= info.sleutelbits
            if v & ZINNEN:
                for x in info.zinnen:
                    plekken = actief.get(x)
                    if plekken is None:
                        actief[x] = [i]
                    else:
                        plekken.append(i)
        i += 1
    return (
        kleine, begins, einden, infos, hoofd, aanwezig, actief, kanswoorden, plekwoorden,
        sleutelbits, tussen,
    )


def analyseer(tekst: str, w: Woorden) -> Analyse:
    laag = _klein(tekst)
    (
        kleine, begins, einden, infos, hoofd, aanwezig, actief, kanswoorden, plekwoorden,
        sleutelbits, tussen,
    ) = _woordronde(tekst, laag, w)
    n = len(kleine)
    if n:
        hoofd[0] = False
    if aanwezig & HOOFDLETTERWOORD:
        for i in _plekken(plekwoorden, HOOFDLETTERWOORD):
            hoofd[i] = False
    # Woorden met een leesteken ervoor; een leesteken staat nooit binnen een woord. Alleen
    # tussen het eerste en het laatste woord telt: de punt aan het eind hoort bij geen woord.
    leestekens: set[int] = set()
    if n > 1 and tussen:
        for teken in _LEESTEKEN.finditer(tekst, einden[0], begins[n - 1]):
            leestekens.add(bisect_right(einden, teken.start()))
    # De woorden waar een zinsdeel kan beginnen.
    grenzen = _plekken(plekwoorden, GRENS | VAN) if aanwezig & (GRENS | VAN) else []
    if leestekens:
        grenzen = sorted(leestekens.union(grenzen))
    # Waar patronen kunnen beginnen, met de delen die daar kunnen beginnen; alleen bij woorden
    # met een deel dat in deze tekst mag (een sleutelwoord of cijfer staat erin).
    # Een cijfer is een woordteken en staat dus altijd in een woord: de bit CIJFER zegt het.
    toegestaan = w.patronen.toegestaan(laag, sleutelbits, bool(aanwezig & CIJFER))
    kansen: Kansen = []
    for i in kanswoorden:
        info = infos[i]
        mag = info.kansbits & toegestaan
        if mag:
            b = begins[i]
            for o, ids in info.kansen_met(mag):
                kansen.append((b + o, ids))
    a = Analyse(kleine, infos, actief)
    termijnen, criteria, getalplekken = w.patronen.zoek(laag, kansen, toegestaan)
    criteria = [s for s in criteria if not binnen(*s, termijnen)] if termijnen else criteria
    zinsdeel, grootzin, uitgesloten = _zinsdelen(kleine, infos, leestekens, grenzen)

    maten = termijnen + criteria
    gebruikt = _geraakt(begins, einden, maten)

    def span(i: int, j: int) -> tuple[int, int]:
        return begins[i], einden[j - 1]

    lijst = LIJSTEN.get(w) or lijsten(w)
    if id(lijst.toestanden) in actief:
        for i, j, _zin in zoek_uitdrukkingen(infos, lijst.toestanden, actief):
            gebruikt.update(range(i, j))
    for index, element in lijst.vaag_zinnen:
        if id(index) not in actief:
            continue
        for i, j, zin in zoek_uitdrukkingen(infos, index, actief):
            if not gebruikt.isdisjoint(range(i, j)):
                continue
            if j - i == 1 and kleine[i] != zin[0] and kleine[i].endswith("er"):
                continue  # "vaker" is een vergelijking, geen "vaak"
            a.vondsten.append(Vondst("vaag", *span(i, j), element))
            gebruikt.update(range(i, j))
    # Vanaf hier draait een regel alleen als het doel een woord heeft waarop hij kan vallen.
    if aanwezig & VAAG_PAAR:
        tijd = _geraakt(begins, einden, termijnen)
        for i, j in gespreid_vaag(infos, kleine, zinsdeel, hoofd, gebruikt, tijd):
            eind = i + 1 if tijd.intersection(range(i, j)) else j + 1  # de termijn blijft staan
            a.vondsten.append(Vondst("vaag", *span(i, eind), "gedrag"))
            gebruikt.update((i, j))
    if aanwezig & WEDERKEREND:
        for delen in wederkerend(w, kleine, zinsdeel, grootzin, gebruikt):
            lo, hi = min(delen), max(delen) + 1
            if hi - lo > 4 or not gebruikt.isdisjoint(range(lo, hi)):
                lo, hi = delen[0], delen[0] + 1  # alleen het werkwoord, de rest staat te ver weg
            a.vondsten.append(Vondst("vaag", *span(lo, hi), "gedrag"))
            gebruikt.update(range(lo, hi), delen)

    if aanwezig & VOLWASSENE or id(lijst.personen) in actief:
        volwassen = volwassene(a, w, kleine, zinsdeel, uitgesloten, gebruikt, span, hoofd)
        a.criterium = any(not raakt(*s, volwassen) for s in criteria)
    else:
        a.criterium = bool(criteria)
    a.termijn = bool(termijnen)
    a.frequentie = bool(criteria) and any(_frequentie(laag[b:e]) for b, e in criteria)

    # Gedrag: waarneembare werkwoorden, niet als naamwoord gebruikt.
    negatief = lijst.negatief
    ontkend = (
        {
            zinsdeel[i]
            for i in range(n)
            if kleine[i] in negatief
            and i not in gebruikt
            and not (i + 1 < n and kleine[i + 1] in ("alleen", "zonder"))
        }
        if aanwezig & NEGATIEF
        else set()
    )
    waarneembaar = lijst.waarneembaar
    tweede = lijst.gesplitst
    # "is in staat om stil te zitten", "het lukt hem om …": wat na "om … te" staat is het gedrag.
    vermogen = (
        {
            zinsdeel[k]
            for k in range(n)
            if (kleine[k] == "staat" and k and kleine[k - 1] == "in") or "lukken" in infos[k].f
        }
        if aanwezig & VERMOGEN
        else set()
    )
    # "stopt met …" zonder aanleiding ("als de bel gaat") zegt alleen wat niet meer mag.
    stop = lijst.stop
    aanleiding = bool(aanwezig & AANLEIDING)
    stoppers: list[tuple[int, int]] = []
    positief: list[int] = []
    ontkende: list[int] = []
    leer = {zinsdeel[i] for i in range(n) if infos[i].leer} if aanwezig & LEER else set()
    # Partikels per grootzin, voor scheidbare werkwoorden ("ruimt … op").
    partikelplek: dict[int, list[int]] = {}
    if aanwezig & PARTIKEL:
        for j in _plekken(plekwoorden, PARTIKEL):
            partikelplek.setdefault(grootzin[j], []).append(j)
    for i in _plekken(plekwoorden, GEDRAG) if aanwezig & GEDRAG else ():
        if i in gebruikt or hoofd[i]:
            continue
        info = infos[i]
        vorige = kleine[i - 1] if i else ""
        if vorige in _NAAMWOORD_ERVOOR:
            continue
        if zinsdeel[i] in leer and (kleine[i].endswith("en") or vorige == "te"):
            continue  # "leert plannen": het hele werkwoord hoort bij het leren
        if (
            i > 1
            and vorige == "te"
            and "om" in kleine[max(0, i - 6) : i - 1]
            and zinsdeel[i] not in vermogen
        ):
            continue  # "om zelfstandig te werken": een doel van een ander, geen gedrag
        f = info.f
        plekken = partikelplek.get(grootzin[i])
        partikels = {kleine[j] for j in plekken if j > i} if plekken else None
        if partikels or info.extra:
            if "gaan" in f and "naar" in (partikels or set()) | set(kleine[i + 1 :]):
                f = f | {"lopen"}  # "gaat naar de pleinwacht" is zichtbaar
            if partikels:
                if f is info.f:  # de gewone vormen: met elk partikel uit de woordcache
                    f = f.union(*[info.met_partikel(p) for p in partikels])
                else:
                    f = f | {p + v for p in partikels for v in f}
            if not f.isdisjoint(tweede):  # "laat … zien": het tweede werkwoord staat achteraan
                f = f | {
                    v + " " + kleine[j]
                    for v in tweede.keys() & f
                    for j in range(i + 1, n)
                    if grootzin[j] == grootzin[i] and kleine[j] in tweede[v]
                }
            ziet = not f.isdisjoint(waarneembaar)
            stopt = not f.isdisjoint(stop)
        else:
            ziet, stopt = info.ziet, info.stop
        if not (ziet or (info.pv and vorige not in BEZIT)) or i in uitgesloten:
            continue
        if stopt and not (aanleiding or zinsdeel[i] in ontkend):
            deel = zinsdeel[i]
            m = next((j for j in range(i + 1, n) if zinsdeel[j] != deel or kleine[j] == "met"), n)
            if m < n and kleine[m] == "met":
                stoppers.append((i, m))  # "stopt met schreeuwen": zegt alleen wat niet meer mag
                continue
        (ontkende if zinsdeel[i] in ontkend else positief).append(i)
    zinnen = lijst.waarneembaar_zinnen
    for i, j, _zin in zoek_uitdrukkingen(infos, zinnen, actief) if id(zinnen) in actief else ():
        if j - i > 1 and gebruikt.isdisjoint(range(i, j)) and uitgesloten.isdisjoint(range(i, j)):
            (ontkende if zinsdeel[i] in ontkend else positief).append(i)
    a.gedrag = bool(positief)
    if not positief:
        for i, m in stoppers:
            hi = min(n, m + 2 + (m + 2 < n and kleine[m + 1] in ("het", "de", "een")))
            lo = next(
                (
                    k
                    for k in (i, *range(i + 1, m), m)
                    if not gebruikt.intersection(range(k, hi))
                    and (k in (i, m) or kleine[k] in PARTIKELS)
                ),
                m,
            )
            a.vondsten.append(Vondst("negatief", *span(lo, hi), "gedrag"))
            gebruikt.update(range(lo, hi))
        negatief_gedrag(a, kleine, zinsdeel, ontkend, ontkende, negatief, gebruikt, span)

    if aanwezig & OORDEEL:
        interpretatie(a, w, kleine, zinsdeel, gebruikt, hoofd, positief, span)
    if aanwezig & VAAG_LOS:
        for i in range(n):
            if not infos[i].vlaggen & VAAG_LOS or i in gebruikt or hoofd[i]:
                continue
            if i and kleine[i - 1] in _NAAMWOORD_ERVOOR and kleine[i] == infos[i].lem:
                continue
            a.vondsten.append(Vondst("vaag", *span(i, i + 1), "gedrag"))
            gebruikt.add(i)
    if aanwezig & TRAP:
        vergelijking(a, w, kleine, zinsdeel, gebruikt, negatief, span)
    if getalplekken:
        getallen(a, w, laag, getalplekken, termijnen, criteria)
    onderwerpwoorden = _plekken(plekwoorden, ONDERWERP) if aanwezig & ONDERWERP else []
    onderwerp(a, tekst, begins, einden, kleine, hoofd, onderwerpwoorden, w)
    if len(a.vondsten) > 1:
        a.vondsten.sort(key=lambda v: (v.begin, v.eind))
    return a
