"""Losse regels van de doelcheck: volwassene, ontkenning, oordeel, vergelijking, vaag werkwoord.

Elke regel werkt op de woordenreeks van één doel en voegt vondsten toe aan de `Analyse`. Een
regel draait alleen als het doel een woord heeft waarop hij kan vallen (zie `herkenning`).
"""

from __future__ import annotations

from typing import Final

from assistent.kern.doelcheck.analyse import Analyse, Vondst
from assistent.kern.doelcheck.grammatica import BEZIT, PARTIKELS, VOORNAAMWOORDEN, ZICH, vormen
from assistent.kern.doelcheck.patronen import Span
from assistent.kern.doelcheck.woordronde import zoek_uitdrukkingen

INZET: Final = "volwassene.inzet"
PERSONEN: Final = "volwassene.personen"

# Na deze woorden is een persoon geen onderwerp ("door de juf", "met de leerkracht").
_NIET_ONDERWERP_ERVOOR: Final = frozenset("van door aan met bij voor naar om tegen zonder".split())
# Lidwoorden en bezittelijke voornaamwoorden vóór een persoon ("de juf", "zijn moeder").
_VOOR_EEN_PERSOON: Final = frozenset("de het zijn haar mijn hun je jouw".split())
# Wat tussen "werkt" en "aan" mag staan zonder dat het gedrag wordt: onderwerp en bijwoorden.
_TUSSEN_VAAG: Final = frozenset(
    "ik hij zij ze we de leerling nog steeds ook verder hard extra echt nu".split()
)
# De buren van een wederkerend voornaamwoord, van dichtbij naar ver, bij gelijke afstand links.
_BUREN: Final = (-1, 1, -2, 2, -3, 3, -4, 4)


def volwassene(a: Analyse) -> list[Span]:
    """Inzet van volwassenen: "krijgt extra instructie", "wordt begeleid", "de juf helpt".

    Geeft de gevonden stukken, zodat een aantal dat erbij hoort ("krijgt 3 keer per week RT")
    niet als criterium telt."""
    gevonden: list[Span] = []

    def meld(i: int, j: int) -> None:
        plek = a.reeks.plek(i, j)
        gevonden.append(plek)
        a.vondsten.append(Vondst("volwassene", *plek, "gedrag"))
        a.gebruikt.update(range(i, j))

    inzet: list[tuple[int, int, tuple[str, ...]]] | None = None  # pas gezocht als nodig
    for i, info in enumerate(a.reeks.infos):
        if i in a.gebruikt:
            continue
        if info.ontvangwerkwoord:  # "krijgt extra instructie"
            if inzet is None:
                inzet = zoek_uitdrukkingen(a.reeks, INZET)
            eind = _ontvangen_inzet(a, i, inzet)
            # "krijgt … aangeboden", "aangeboden gekregen"; ook na een inzet ("krijgt een
            # time-timer aangeboden": anders bleef "aangeboden" als gedrag over)
            stuk = _ontvangen_deelwoord(a, i) if info.lemma in ("krijgen", "ontvangen") else None
            if stuk is not None and (eind is None or stuk[1] > eind):
                meld(min(stuk[0], i), stuk[1])
            elif eind is not None:
                meld(i, eind)
        elif info.lemma == "nemen" or info.lemma == "deelnemen":
            eind = _deelname_aan_inzet(a, i)  # "neemt 2 keer per week deel aan de training"
            if eind is not None:
                meld(i, eind)
        elif info.lemma == "gaan":  # "gaat drie keer per week naar de remedial teacher"
            if inzet is None:
                inzet = zoek_uitdrukkingen(a.reeks, INZET)
            eind = _naar_inzet(a, i, inzet)
            if eind is not None:
                meld(i, eind)
        elif info.vorm_van_worden:  # "wordt begeleid"
            eind = _voltooid_deelwoord_na(a, i)
            if eind is not None:
                meld(i, eind)
    for begin, eind, _zin in zoek_uitdrukkingen(a.reeks, PERSONEN):  # "de juf helpt"
        stuk = _persoon_handelt(a, begin, eind)
        if stuk is not None:
            meld(*stuk)
            if stuk[0] <= 1 or stuk[0] < begin:
                # Een volwassene als onderwerp, vooraan of na de persoonsvorm ("Tot de kerst
                # geeft de leerkracht …"): het hele zinsdeel is de aanpak, met zijn aantallen
                # ("De juf leest elke dag 10 minuten voor").
                zinsdeel = a.zinsdelen.zinsdeel
                deel = [k for k in range(len(zinsdeel)) if zinsdeel[k] == zinsdeel[stuk[0]]]
                gevonden.append(a.reeks.plek(deel[0], deel[-1] + 1))
    return gevonden


def _naar_inzet(a: Analyse, i: int, inzet: list[tuple[int, int, tuple[str, ...]]]) -> int | None:
    """Het eind van de inzet waar woord i ("gaat") naartoe gaat ("naar de remedial teacher",
    "naar de plusklas"): dat is een afspraak van volwassenen. Niet "naar een maatje": daar gaat
    de leerling zelf heen."""
    woorden, zinsdeel = a.reeks.woorden, a.zinsdelen.zinsdeel
    for begin, eind, _zin in inzet:
        if not (i < begin <= i + 12 and zinsdeel[begin] == zinsdeel[i]) or woorden[begin] == "een":
            continue
        k = begin - 1 if woorden[begin - 1] not in ("de", "het", "zijn", "haar") else begin - 2
        # "gaat elke dinsdag zelf naar de remedial teacher": dat doet de leerling wel zelf
        if k > i and woorden[k] == "naar" and _ZELF.isdisjoint(woorden[i + 1 : k]):
            return eind
    return None


# "uit zichzelf", "op tijd", "in zijn eentje", "op de fiets": wat de leerling zelf doet
_ZELF: Final = frozenset({"zelf", "zelfstandig", "zichzelf", "tijd", "alleen", "lopend",
                          "fietsend", "eentje", "fiets"})


# Een aanbod waar de leerling aan deelneemt: ook als laatste deel van een woord
# ("Rots en Water-training", "sova-training").
_AANBOD_ACHTERAAN: Final = ("training", "therapie", "begeleiding", "plusklas", "bijles",
                            "coaching", "cursus", "groep", "club", "klas", "programma",
                            "workshop", "lessen", "kamp")


def _deelname_aan_inzet(a: Analyse, i: int) -> int | None:
    """ "Neemt deel aan de Rots en Water-training": deelnemen aan een aanbod van volwassenen is
    geen doelgedrag. Geeft het eind van het aanbod, of None."""
    woorden, groot = a.reeks.woorden, a.zinsdelen.grootzin  # "Rots en Water": over "en" heen
    n = len(woorden)
    deel = a.reeks.infos[i].lemma == "deelnemen"
    for k in range(i + 1, min(n, i + 16)):
        if groot[k] != groot[i]:
            return None
        if woorden[k] == "deel":
            deel = True
        elif deel and woorden[k].endswith(_AANBOD_ACHTERAAN):
            return k + 1
    return None


def _ontvangen_inzet(
    a: Analyse, i: int, inzet: list[tuple[int, int, tuple[str, ...]]]
) -> int | None:
    """Het eind van de inzet die woord i ("krijgt") ontvangt, kort erna in hetzelfde zinsdeel;
    None bij geen, of bij een hulpmiddel dat de leerling zelf volgt ("volgt een stappenplan")."""
    zinsdeel = a.zinsdelen.zinsdeel
    for begin, eind, _zin in inzet:
        if i < begin <= i + 12 and zinsdeel[begin] == zinsdeel[i]:
            if a.reeks.infos[i].lemma == "volgen" and (
                " ".join(a.reeks.woorden[begin:eind]) in a.lijsten.zelf_te_volgen
            ):
                return None
            return eind
    return None


def _ontvangen_deelwoord(a: Analyse, i: int) -> Span | None:
    """ "Krijgt twee woorden per dag aangeboden" of "heeft ze aangeboden gekregen": wat de
    leerling krijgt, is inzet van een volwassene. Het deelwoord staat verderop in hetzelfde
    zinsdeel, of vlak vóór een "gekregen"."""
    zinsdeel, infos = a.zinsdelen.zinsdeel, a.reeks.infos
    if a.reeks.woorden[i].startswith("ge"):  # "gekregen", "ontvangen": het deelwoord ervoor
        for j in range(i - 1, max(-1, i - 4), -1):
            if zinsdeel[j] != zinsdeel[i]:
                break
            if infos[j].voltooid_deelwoord and not a.reeks.hoofdletter[j]:
                return j, i + 1
        return None
    eind = _voltooid_deelwoord_na(a, i)
    return None if eind is None else (i, eind)


def _voltooid_deelwoord_na(a: Analyse, i: int) -> int | None:
    """Na een vorm van "worden" een voltooid deelwoord in hetzelfde zinsdeel: tot en met dat."""
    zinsdeel, infos = a.zinsdelen.zinsdeel, a.reeks.infos
    for j in range(i + 1, min(len(infos), i + 12)):
        if zinsdeel[j] != zinsdeel[i]:
            break
        if infos[j].voltooid_deelwoord and not a.reeks.hoofdletter[j]:
            return j + 1
    return None


def _persoon_handelt(a: Analyse, begin: int, eind: int) -> Span | None:
    """Een volwassene als onderwerp met een handeling vlak ervoor of erna ("de juf helpt")."""
    woorden, infos, hoofdletter = a.reeks.woorden, a.reeks.infos, a.reeks.hoofdletter
    zinsdeel = a.zinsdelen.zinsdeel
    if begin in a.zinsdelen.uitgesloten or begin in a.gebruikt:
        return None
    voor = begin - 1
    if voor >= 0 and woorden[voor] in _VOOR_EEN_PERSOON:
        voor -= 1
    if voor >= 0 and woorden[voor] in _NIET_ONDERWERP_ERVOOR:
        return None
    n = len(woorden)
    vooraan = begin == 0 or (begin == 1 and woorden[0] in ("de", "het"))
    werkwoord = eind
    tekst = a.reeks.tekst
    while werkwoord < n and hoofdletter[werkwoord]:  # "Juf Anna leest"
        if not tekst[a.reeks.einden[werkwoord - 1]:a.reeks.begins[werkwoord]].isspace():
            return None  # "Juf - Sem leest …": een kopje, de naam erna is de leerling
        werkwoord += 1
    if vooraan and werkwoord < n and zinsdeel[werkwoord] == zinsdeel[begin] and (
            werkwoord not in a.gebruikt and infos[werkwoord].werkwoordachtig):
        # "De juf leest …", "Ouders lezen samen met Bram": een volwassene als onderwerp
        # vooraan, met welk werkwoord ook, beschrijft de aanpak.
        return begin, werkwoord + 1
    for j in [*range(eind, min(n, eind + 3)), *range(max(0, begin - 3), begin)]:
        if zinsdeel[j] != zinsdeel[begin] or j in a.gebruikt or not infos[j].volwassen_handeling:
            continue
        if 0 < j < begin and (hoofdletter[j - 1] or woorden[j - 1] in VOORNAAMWOORDEN):
            continue  # de handeling hoort bij een ander onderwerp ("Sem helpt de juf")
        return min(begin, j), max(eind, j + 1)
    return None


def negatief_gedrag(a: Analyse, ontkend: set[int], ontkende: list[int]) -> None:
    """Alleen ontkend gedrag ("slaat niet meer"): meld de ontkenning met het werkwoord erbij.

    `ontkend` zijn de zinsdelen met een ontkenning, `ontkende` de werkwoorden daarin."""
    if not ontkend:
        return
    woorden, zinsdeel = a.reeks.woorden, a.zinsdelen.zinsdeel
    n = len(woorden)
    ontkenningen = [i for i, k in enumerate(woorden) if k in a.lijsten.ontkenningen]
    for deel in sorted(ontkend):
        for i in ontkenningen:
            if zinsdeel[i] != deel or i in a.gebruikt:
                continue
            lo, hi = i, i + 1
            for j in range(i + 1, min(n, i + 5)):  # "niet meer"
                if zinsdeel[j] == deel and woorden[j] == "meer":
                    hi = j + 1
                    break
            for v in ontkende:
                if zinsdeel[v] == deel and abs(v - i) <= 3:
                    lo, hi = min(lo, v), max(hi, v + 1)
            a.meld("negatief", lo, hi, "gedrag")
            a.gebruikt.update(range(lo, hi))
            break


def interpretatie(a: Analyse, positief: list[int]) -> None:
    """Een oordeel met een koppelwerkwoord ("is lui", "boos worden") in plaats van gedrag.

    Niet in een zinsdeel waarin al waarneembaar gedrag staat (`positief`)."""
    woorden, infos = a.reeks.woorden, a.reeks.infos
    zinsdeel = a.zinsdelen.zinsdeel
    n = len(woorden)
    met_gedrag: set[int] | None = None  # pas berekend bij een oordeel
    koppels: list[int] | None = None
    for i, info in enumerate(infos):
        if not info.oordeelwoord or i in a.gebruikt or a.reeks.hoofdletter[i]:
            continue
        if met_gedrag is None:
            met_gedrag = {zinsdeel[p] for p in positief}
        deel = zinsdeel[i]
        if deel in met_gedrag:
            continue
        if koppels is None:
            # "zijn" telt niet als koppelwerkwoord als er in hetzelfde zinsdeel iets op volgt
            # dat het bezittelijk maakt ("zijn taak").
            koppels = [
                j
                for j, koppel in enumerate(infos)
                if koppel.koppelwerkwoord
                and (woorden[j] != "zijn" or j + 1 == n or zinsdeel[j + 1] != zinsdeel[j])
            ]
        # het dichtstbijzijnde koppelwerkwoord in hetzelfde zinsdeel, bij gelijke afstand links
        j = -1
        for k in koppels:
            if k != i and zinsdeel[k] == deel and (j < 0 or abs(k - i) < abs(j - i)):
                j = k
        if j < 0:
            continue
        lo, hi = (min(i, j), max(i, j) + 1) if abs(i - j) <= 3 else (i, i + 1)
        a.meld("interpretatie", lo, hi, "gedrag")
        a.gebruikt.update({i, j, *range(lo, hi)})


def vergelijking(a: Analyse) -> None:
    """Vergrotende trappen zonder maat ("vaker", "rustiger"); "niet meer" is een ontkenning."""
    woorden, zinsdeel = a.reeks.woorden, a.zinsdelen.zinsdeel
    ontkenningen = a.lijsten.ontkenningen
    for i, info in enumerate(a.reeks.infos):
        if not info.vergrotende_trap or i in a.gebruikt:
            continue
        if woorden[i] == "meer" and any(
            woorden[j] in ontkenningen and zinsdeel[j] == zinsdeel[i]
            for j in range(max(0, i - 4), i)
        ):
            continue
        if _dan_met_getal(woorden, zinsdeel, i):
            continue  # "hogere getallen dan 100", "een hoger niveau dan E4": dat is een maat
        a.meld("vergelijking", i, i + 1, "criterium")
        a.gebruikt.add(i)


def _dan_met_getal(woorden: list[str], zinsdeel: list[int], i: int) -> bool:
    """Staat er kort na de vergelijking op plek i "dan" met een getal of niveau erachter?"""
    for k in range(i + 1, min(len(woorden) - 1, i + 5)):
        if zinsdeel[k] != zinsdeel[i]:
            return False
        if woorden[k] == "dan":
            return any(c.isdigit() for c in woorden[k + 1])
    return False


def vage_werkwoorden(a: Analyse, naamwoord_ervoor: frozenset[str]) -> None:
    """Een vaag werkwoord ("begrijpt", "leert"), niet als naamwoord ("het leren")."""
    woorden, infos = a.reeks.woorden, a.reeks.infos
    for i, info in enumerate(infos):
        if not info.vaag or not info.alleen_letters or i in a.gebruikt or a.reeks.hoofdletter[i]:
            continue
        if i and woorden[i - 1] in naamwoord_ervoor and woorden[i] == info.lemma:
            continue
        a.meld("vaag", i, i + 1, "gedrag")
        a.gebruikt.add(i)


_LIDWOORD_OF_BEZIT: Final = BEZIT | {"de", "het", "een"}


def gespreid_vaag(a: Analyse, tijd: set[int]) -> list[Span]:
    """Gespreid "werken aan": "Voor de kerst werkt Sofie aan …" is even vaag als "Sofie werkt
    aan …". Ertussen mogen onderwerp, termijn (de woorden in `tijd`) en bijwoord staan, geen
    maat of manier. Geeft (werkwoord, voorzetsel) als woordnummers."""
    woorden, zinsdeel = a.reeks.woorden, a.zinsdelen.zinsdeel
    uit: list[Span] = []
    n = len(woorden)
    for i, info in enumerate(a.reeks.infos):
        voorzetsels = info.vage_voorzetsels
        if not voorzetsels or i in a.gebruikt:
            continue
        if i and woorden[i - 1] in _LIDWOORD_OF_BEZIT:
            continue  # "haar werk aan de juf": een zelfstandig naamwoord, geen "werkt aan"
        for j in range(i + 1, min(n, i + 9)):
            if zinsdeel[j] != zinsdeel[i] or (j in a.gebruikt and j not in tijd):
                break
            if woorden[j] in voorzetsels:
                uit.append((i, j))
                break
            if not (j in tijd or a.reeks.hoofdletter[j] or woorden[j] in _TUSSEN_VAAG):
                break
    return uit


def wederkerend(a: Analyse) -> list[tuple[int, ...]]:
    """Wederkerende werkwoorden voor een gevoel ("maakt zich zorgen", "schaamt zich"): geen
    gedrag. Per vondst het werkwoord, het wederkerend voornaamwoord en de woorden erbij."""
    woorden, zinsdeel, grootzin = a.reeks.woorden, a.zinsdelen.zinsdeel, a.zinsdelen.grootzin
    per_werkwoord = a.lijsten.wederkerend
    n = len(woorden)
    uit: list[tuple[int, ...]] = []
    partikels: list[int] | None = None  # waar een partikel staat, pas berekend als nodig
    for z in range(n):
        if woorden[z] not in ZICH or z in a.gebruikt:
            continue
        deel = zinsdeel[z]
        for afstand in _BUREN:
            i = z + afstand
            if i < 0 or i >= n or i in a.gebruikt or zinsdeel[i] != deel:
                continue
            if partikels is None:
                partikels = [p for p in range(n) if woorden[p] in PARTIKELS]
            achter = [p for p in partikels if p > i and grootzin[p] == grootzin[i]]
            f = vormen(woorden[i])
            if not achter and f.isdisjoint(per_werkwoord):
                continue  # meestal: geen wederkerend werkwoord
            f = f | {woorden[p] + v for p in achter for v in f}
            for nodig in (x for v in per_werkwoord.keys() & f for x in per_werkwoord[v]):
                erbij = [p for p in range(n) if zinsdeel[p] == deel and woorden[p] in nodig]
                if len(nodig) == len({woorden[p] for p in erbij}):
                    uit.append((i, z, *erbij))
                    break
            else:
                continue
            break
    return uit
