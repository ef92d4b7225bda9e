"""De woordronde: één doel in woorden geknipt, met wat de analyse per woord nodig heeft.

Een woord bevat geen witruimte, dus we knippen op witruimte (in C); meestal is een stuk één
woord, eventueel met leestekens erachter ("klas."), en staat het stuk al in de woordcache (zie
`Woorden.stukinfo`). De ronde doet per woord zo weinig mogelijk: wat maar bij een paar woorden
speelt (uitdrukkingen, patronen, sleutelwoorden) zit achter één bit (`woordsoorten.BIJZONDER`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, NamedTuple

from assistent.kern.doelcheck.grammatica import VOORNAAMWOORDEN, WOORD
from assistent.kern.doelcheck.patronen import Span
from assistent.kern.doelcheck.woorden import Uitdrukking, Woorden, Woordinfo
from assistent.kern.doelcheck.woordsoorten import (
    BIJZIN,
    BIJZONDER,
    GRENS,
    HOOFDLETTERWOORD,
    MET_PLEK,
    PATROONBEGIN,
    PATROONSLEUTEL,
    UITDRUKKING,
    VAN,
)

LEESTEKEN: Final = re.compile(r"[,;:.!?()\[\]–—]")


@dataclass(eq=False)
class Woordreeks:
    """De woorden van één doel, met hun plek in de tekst en hun `Woordinfo`."""

    tekst: str
    laag: str  # de tekst in kleine letters, even lang (zie `klein`)
    woorden: list[str]  # in kleine letters
    begins: list[int]
    einden: list[int]
    infos: list[Woordinfo]
    # Een hoofdletter midden in de zin: misschien een naam. Het eerste woord en woorden als
    # "AVI" of "Kerst" tellen niet.
    hoofdletter: list[bool]
    woordsoorten: int  # die van alle woorden samen
    uitdrukkingsplekken: dict[str, list[int]]  # per lijst: de woorden waar er een kan beginnen
    patroonwoorden: list[int]  # de woorden waar een patroon kan beginnen
    plekwoorden: list[tuple[int, int]]  # (woord, woordsoorten) bij een soort uit `MET_PLEK`
    sleutelbits: int  # de patroondelen die de woorden samen toestaan
    leesteken_mogelijk: bool  # kan er tussen het eerste en het laatste woord een leesteken staan?

    def plek(self, i: int, j: int) -> Span:
        """De tekens van woord i tot (niet met) woord j."""
        return self.begins[i], self.einden[j - 1]

    def met_soort(self, bits: int) -> list[int]:
        """De woorden met een van deze woordsoorten (alle uit `MET_PLEK`), oplopend."""
        return [i for i, soorten in self.plekwoorden if soorten & bits]


def klein(tekst: str) -> str:
    """Kleine letters met dezelfde lengte, zodat posities kloppen (ook bij "İ")."""
    laag = tekst.lower()
    if len(laag) == len(tekst):
        return laag
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in tekst)


def woordronde(tekst: str, w: Woorden) -> Woordreeks:
    """Knip `tekst` in woorden (zoals `WOORD.finditer` op de kleine letters) in één ronde.

    Dit draait bij elke toets over elk woord: alles staat in lokale namen, en een gewoon woord
    kost een opzoeking in de woordcache, een paar keer `append` en één `&`."""
    laag = klein(tekst)
    reeks = Woordreeks(tekst, laag, [], [], [], [], [], 0, {}, [], [], 0, False)
    woorden, begins, einden = reeks.woorden, reeks.begins, reeks.einden
    infos, hoofdletter = reeks.infos, reeks.hoofdletter
    plekwoorden, patroonwoorden = reeks.plekwoorden, reeks.patroonwoorden
    uitdrukkingsplekken = reeks.uitdrukkingsplekken
    woordsoorten = sleutelbits = 0
    per_woord = w.per_woord
    plek = 0
    stukken = laag.split()
    # Telkens één spatie (het gewone geval, in C nagekeken): dan begint elk stuk één teken na
    # het vorige en hoeven we de plek niet te zoeken.
    enkel = " ".join(stukken) == laag
    # Een leesteken tussen de woorden kan alleen achter een woord staan dat niet het laatste is
    # ("klas, en"), of in een stuk dat geen woord is ("(8/10)"), of in andere witruimte.
    leesteken_mogelijk = not enkel
    tekens_achter = False  # had het vorige stuk tekens achter het woord?
    for stuk in stukken:
        begin = plek if enkel else laag.find(stuk, plek)
        plek = begin + len(stuk) + enkel
        info = per_woord.get(stuk) or w.stukinfo(stuk)
        leesteken_mogelijk = leesteken_mogelijk or tekens_achter
        if info is not None:  # het gewone geval: één woord, misschien met leestekens erachter
            tekens_achter = len(info.woord) != len(stuk)
            delen: Iterable[tuple[int, Woordinfo]] = ((begin, info),)
        else:  # geen woord of meer woorden ("(8/10)", "-")
            leesteken_mogelijk = True
            delen = [(begin + m.start(), w.info(m.group())) for m in WOORD.finditer(stuk)]
        for begin, info in delen:
            i = len(woorden)
            woord = info.woord
            woorden.append(woord)
            begins.append(begin)
            einden.append(begin + len(woord))
            infos.append(info)
            hoofdletter.append(tekst[begin].isupper())
            soorten = info.woordsoorten
            woordsoorten |= soorten
            if not soorten & BIJZONDER:
                continue
            # Wat de ronde van een bijzonder woord onthoudt: waar het staat (per
            # uitdrukkingslijst, voor de patronen, bij een woordsoort met plek) en welke
            # patroondelen het toestaat.
            if soorten & MET_PLEK:
                plekwoorden.append((i, soorten))
            if soorten & PATROONBEGIN:
                patroonwoorden.append(i)
            if soorten & PATROONSLEUTEL:
                sleutelbits |= info.sleutelbits
            if soorten & UITDRUKKING:
                for naam in info.uitdrukkingen:
                    plekken = uitdrukkingsplekken.get(naam)
                    if plekken is None:
                        uitdrukkingsplekken[naam] = [i]
                    else:
                        plekken.append(i)
    reeks.woordsoorten, reeks.sleutelbits = woordsoorten, sleutelbits
    reeks.leesteken_mogelijk = leesteken_mogelijk
    if woorden:
        hoofdletter[0] = False  # het begin van de zin
    if woordsoorten & HOOFDLETTERWOORD:
        for i in reeks.met_soort(HOOFDLETTERWOORD):
            hoofdletter[i] = False
    return reeks


def zoek_uitdrukkingen(reeks: Woordreeks, lijst: str) -> list[tuple[int, int, Uitdrukking]]:
    """De uitdrukkingen uit een lijst in de woordenreeks, als (eerste woord, voorbij het laatste,
    uitdrukking); elk woord mag als vorm of als lemma passen.

    Per plaats wint de langste uitdrukking; daarna gaat het zoeken verder achter de vondst.
    De woordronde weet al op welke woorden de lijst iets kan vinden; wat per woord vaststaat
    (de uitdrukkingen die ermee beginnen, wat het woord kan zijn) staat in zijn `Woordinfo`.
    """
    uit: list[tuple[int, int, Uitdrukking]] = []
    plekken = reeks.uitdrukkingsplekken.get(lijst)
    if plekken is None:
        return uit
    infos = reeks.infos
    n = len(infos)
    verder = 0
    for i in plekken:
        if i < verder:
            continue  # binnen de vorige vondst
        kandidaten, tweede_woorden, een_woord = infos[i].uitdrukkingen[lijst]
        if not een_woord and (i + 1 == n or tweede_woorden.isdisjoint(infos[i + 1].past_als)):
            continue  # geen uitdrukking van één woord, en het volgende woord past bij geen
        lengte_gevonden = 0
        beste: Uitdrukking = ()
        for zin in kandidaten:
            lengte = len(zin)
            if lengte <= lengte_gevonden or i + lengte > n:
                continue
            for j in range(1, lengte):
                if zin[j] not in infos[i + j].past_als:
                    break
            else:
                lengte_gevonden, beste = lengte, zin
        if lengte_gevonden:
            uit.append((i, i + lengte_gevonden, beste))
            verder = i + lengte_gevonden
    return uit


class Zinsdelen(NamedTuple):
    """Per woord het nummer van zijn zinsdeel en van zijn grootzin, en wat geen doelgedrag is.

    Zinsdelen hebben grenzen bij leestekens en voegwoorden; een grootzin (grover: alleen
    leestekens en bijzinnen) is voor scheidbare werkwoorden. Woorden in een bijzin of na
    "in plaats van" beschrijven geen doelgedrag (`uitgesloten`)."""

    zinsdeel: list[int]
    grootzin: list[int]
    uitgesloten: set[int]


def zinsdelen(reeks: Woordreeks) -> Zinsdelen:
    woorden, n = reeks.woorden, len(reeks.woorden)
    leestekens = _leestekens(reeks)
    # Alleen de woorden waar een zinsdeel kan beginnen, kunnen iets veranderen; de stukken
    # ertussen vullen we in één keer.
    grenzen = reeks.met_soort(GRENS | VAN) if reeks.woordsoorten & (GRENS | VAN) else []
    if leestekens:
        grenzen = sorted(leestekens.union(grenzen))
    if not grenzen:  # één zinsdeel: geen leesteken, voegwoord of bijzin
        return Zinsdelen([0] * n, [0] * n, set())
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
        soorten = reeks.infos[i].woordsoorten
        leesteken = i in leestekens
        voorzetsel = bool(soorten & BIJZIN) and _voorzetsel_zonder(woorden, leestekens, i)
        if leesteken or soorten & GRENS:
            nummer += 1
            # "gaat zonder hulp werken": een voorzetsel opent geen bijzin die buiten het doel valt
            sluit_uit = bool(soorten & BIJZIN) and not voorzetsel
        if leesteken or (soorten & BIJZIN and not voorzetsel):
            groot += 1
        if soorten & VAN and i >= 2 and woorden[i - 2] == "in" and woorden[i - 1] == "plaats":
            sluit_uit = True
        zinsdeel.append(nummer)
        grootzin.append(groot)
        if sluit_uit:
            uitgesloten.add(i)
        vanaf = i + 1
    rest = n - vanaf
    if rest > 0:
        zinsdeel += [nummer] * rest
        grootzin += [groot] * rest
        if sluit_uit:
            uitgesloten.update(range(vanaf, n))
    if uitgesloten and "dat" in woorden[:8]:
        k = woorden.index("dat")
        if k == 0 or (woorden[k - 1] in ("is", ":") and "doel" in woorden[:k]) or (
                not _WENS_VOOR_DAT.isdisjoint(woorden[max(0, k - 3) : k])
                and _leerling_na(reeks, k + 1)):
            # "Dat Dewi … speelt", "Mijn doel is dat ik … afmaak", "We willen dat Luuk … smeert":
            # de dat-zin is het doel
            uitgesloten.difference_update(
                m for m in range(k, n) if grootzin[m] == grootzin[k])
    return Zinsdelen(zinsdeel, grootzin, uitgesloten)


# Een wens of verwachting vlak voor "dat": wat erna komt is het doel ("willen we dat Luuk …").
_WENS_VOOR_DAT: Final = frozenset(
    "wil willen wilt hoop hopen verwacht verwachten streven ernaar graag".split())


def _leerling_na(reeks: Woordreeks, k: int) -> bool:
    """Begint op woord k de leerling: een naam, "hij", "zij", "ze", "ik" of "de leerling"? Niet
    "de juf" ("Sem wil dat de juf hem helpt": dat is geen doel van Sem)."""
    woorden = reeks.woorden
    if k >= len(woorden):
        return False
    if woorden[k] in VOORNAAMWOORDEN:
        return True
    if woorden[k] == "de":
        return k + 1 < len(woorden) and woorden[k + 1] == "leerling"
    return reeks.tekst[reeks.begins[k]].isupper()


def _leestekens(reeks: Woordreeks) -> set[int]:
    """De woorden met een leesteken ervoor; een leesteken staat nooit binnen een woord. Alleen
    tussen het eerste en het laatste woord telt: de punt aan het eind hoort bij geen woord."""
    uit: set[int] = set()
    n = len(reeks.woorden)
    if n > 1 and reeks.leesteken_mogelijk:
        einden = reeks.einden
        for teken in LEESTEKEN.finditer(reeks.tekst, einden[0], reeks.begins[n - 1]):
            uit.add(bisect_right(einden, teken.start()))
    return uit


def _voorzetsel_zonder(woorden: list[str], leestekens: set[int], i: int) -> bool:
    """Is dit "zonder" een voorzetsel ("zonder materiaal") en geen bijzin? Dan hoort een
    partikel erna nog bij het werkwoord ("lost … zonder materiaal op"). Alleen "zonder dat"
    en "zonder … te" openen een bijzin."""
    if woorden[i] != "zonder" or (i + 1 < len(woorden) and woorden[i + 1] == "dat"):
        return False
    for j in range(i + 1, len(woorden)):
        if j in leestekens:
            break
        if woorden[j] == "te":
            return False
    return True
