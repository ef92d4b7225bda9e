"""Herkenning van gedrag, criterium, termijn en de signalen in één doel.

Regels, geen zinnen: woorden worden via hun lemma vergeleken met de lijsten uit
`doelwoorden.toml`; aantallen en data via de patronen uit `maatpatronen`. De volgorde telt:
eerst de maten (termijn en criterium), dan de regels, elk over de woorden die nog geen
betekenis kregen.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from assistent.kern.doelcheck.analyse import (
    MANIER_TRAP,
    WOORD_ERNA,
    Analyse,
    Vondst,
    binnen,
    raakt,
)
from assistent.kern.doelcheck.gedrag import (
    MET_HEEL_WERKWOORD,
    NAAMWOORD_ERVOOR,
    meld_negatief,
    zoek_gedrag,
)
from assistent.kern.doelcheck.getallen import getallen
from assistent.kern.doelcheck.grammatica import BEZIT, KOPPEL_EN_HULP, VOEGWOORDEN
from assistent.kern.doelcheck.onderwerp import onderwerp
from assistent.kern.doelcheck.patronen import Begins, Maten, Span
from assistent.kern.doelcheck.regels import (
    INZET,
    PERSONEN,
    gespreid_vaag,
    interpretatie,
    vage_werkwoorden,
    vergelijking,
    volwassene,
    wederkerend,
)
from assistent.kern.doelcheck.woorden import MANIER_TENZIJ, Woorden
from assistent.kern.doelcheck.woordronde import (
    Woordreeks,
    woordronde,
    zinsdelen,
    zoek_uitdrukkingen,
)
from assistent.kern.doelcheck.woordsoorten import (
    CIJFER,
    ONDERWERP,
    OORDEEL,
    TRAP,
    VAAG_LOS,
    VAAG_PAAR,
    VOLWASSENE,
    WEDERKEREND,
)

TOESTANDEN: Final = "gedrag.toestanden"  # "zit in groep 5": geen gedrag, ook geen signaal
VOORBEHOUD: Final = "vaag.voorbehoud"  # "bijna alle": doet een maat erachter teniet
# Vage uitdrukkingen per lijst, met het element dat ze raken.
VAGE_LIJSTEN: Final = (
    ("vaag.geen_termijn", "termijn"),
    ("vaag.hoeveelheid", "criterium"),
    ("vaag.voorbehoud", "criterium"),
    ("vaag.uitdrukkingen", "gedrag"),
    ("vaag.manier", "gedrag"),
    (MANIER_TENZIJ, "gedrag"),
)


# Een criterium met een frequentie: een van deze stukjes ergens in de tekst ("elke" bevat
# "elk"), of een losse "x" ("3 x per week"). Stukjes zoeken met `in` is veel goedkoper dan één
# regex met alternatieven, die op elke plek elk alternatief probeert.
_FREQUENTIEDELEN: Final = ("keer", "maal", "elk", "ieder", "dagelijks", "wekelijks")
_LOSSE_X: Final = re.compile(r"\bx\b")


def analyseer(tekst: str, w: Woorden) -> Analyse:
    """Alles wat de doelcheck in één doel vindt (zie `Analyse`)."""
    reeks = woordronde(tekst, w)
    maten = _maten(reeks, w)
    termijnen = maten.termijnen
    if ("-" in tekst or "(" in tekst) and (termijnen or maten.criteria or maten.getallen):
        omvang = [m.span() for m in _OMVANG_MET_EENHEID.finditer(tekst)]
        omvang += [m.span() for m in _AANTAL_TUSSEN_HAAKJES.finditer(reeks.laag)
                   if m.group(1) not in _GEEN_TAAK and not m.group(1).endswith(_GEEN_TAAK_EINDE)]
        omvang += [m.span() for m in _REEKS_MET_MEERVOUD.finditer(reeks.laag)
                   if int(m.group(1)) < int(m.group(2))
                   and not _DATUMVOORZETSEL.search(reeks.laag, 0, m.start())]
        if omvang:  # "(8-10 woorden)": de grootte van de taak, geen datum of maat
            termijnen = [s for s in termijnen if not raakt(*s, omvang)]
            maten = maten._replace(
                criteria=[s for s in maten.criteria if not raakt(*s, omvang)],
                getallen=[s for s in maten.getallen if not raakt(*s, omvang)],
            )
    if termijnen and ("/" in tekst or "." in tekst or "dan " in reeks.laag):
        termijnen = [s for s in termijnen if not _geen_termijn(tekst, s, maten.criteria)]
    # Een criterium binnen een termijn ("binnen zes weken") telt alleen als termijn.
    criteria = (
        [s for s in maten.criteria if not binnen(*s, termijnen)] if termijnen else maten.criteria
    )
    if (" van " in tekst or " met " in tekst) and (criteria or maten.getallen):
        criteria = [s for s in criteria if not _taakomvang(tekst, *s)]
        maten = maten._replace(getallen=[s for s in maten.getallen if not _taakomvang(tekst, *s)])
    a = Analyse(reeks, w.regels, zinsdelen(reeks), _woorden_in(reeks, termijnen + criteria))
    voorbehoud = _vaag(a, termijnen, criteria)
    if voorbehoud:
        criteria = _zonder_voorbehoud(a, criteria, voorbehoud)
    _criterium_en_termijn(a, termijnen, criteria)
    gedrag = zoek_gedrag(a)
    a.gedrag = bool(gedrag.positief)
    a.gedragplekken = [reeks.plek(i, j) for i, j in gedrag.stukken]
    if not gedrag.positief:
        meld_negatief(a, gedrag)
    # Vanaf hier draait een regel alleen als het doel een woord heeft waarop hij kan vallen.
    soorten = reeks.woordsoorten
    if soorten & OORDEEL:
        interpretatie(a, gedrag.positief)
        if a.gedrag:
            _oordeel_naast_gedrag(a, gedrag.stukken)
    if soorten & VAAG_LOS:
        vage_werkwoorden(a, NAAMWOORD_ERVOOR)
    if soorten & TRAP:
        vergelijking(a)
    if maten.getallen:
        getallen(a, maten.getallen, termijnen + criteria)
    onderwerp(a, reeks.met_soort(ONDERWERP) if soorten & ONDERWERP else [])
    if gedrag.positief:
        _houding_als_gedrag(a, gedrag.stukken)
        if a.gedrag and "best" in reeks.woorden:
            _houding_als_voorwerp(a, gedrag.stukken)  # "doet haar best", ook met een maat
        if a.gedrag and soorten & TRAP:
            _gedrag_zonder_maat(a, gedrag.stukken)
        if a.onderwerp is None or _geen_persoonsvorm_bij_onderwerp(a):
            _aanpak_in_infinitieven(a, gedrag.stukken)
    if (a.gedrag or a.criterium) and "door" in reeks.woorden:
        _middel_met_door(a, gedrag.stukken)
    if a.criterium and not a.gedrag and a.heeft("volwassene"):
        _maat_bij_de_aanpak(a)
    if len(a.vondsten) > 1:
        a.vondsten.sort(key=lambda v: (v.begin, v.eind))
    return a


def _maat_bij_de_aanpak(a: Analyse) -> None:
    """ "Wordt getraind met Cogmed, vijf keer per week": zonder gedrag van de leerling hoort een
    frequentie die vlak na de inzet van een volwassene staat (zonder werkwoord ertussen) bij die
    inzet. "Wordt begeleid en is elke les rustig" houdt zijn maat: daar staat "is" tussen."""
    reeks = a.reeks
    inzet = [(v.begin, v.eind) for v in a.vondsten if v.soort == "volwassene"]
    over = []
    for b, e in a.criteriumplekken:
        if _frequentie(reeks.laag[b:e]) and any(
                ie <= b and _zonder_werkwoord(a, ie, b) for _ib, ie in inzet):
            continue
        over.append((b, e))
    a.criteriumplekken = over
    a.criterium = bool(over)


def _zonder_werkwoord(a: Analyse, van: int, tot: int) -> bool:
    """Staat er tussen teken `van` en `tot` geen werkwoord en geen voegwoord?"""
    reeks = a.reeks
    for k in range(bisect_left(reeks.begins, van), bisect_left(reeks.begins, tot)):
        info = reeks.infos[k]
        if info.persoonsvorm or reeks.woorden[k] in VOEGWOORDEN or (
                info.lemma in KOPPEL_EN_HULP and reeks.woorden[k] != info.lemma):
            return False
    return True


_PERSOONSVORM_ZONDER_GEDRAG: Final = KOPPEL_EN_HULP | {"krijgen", "laten", "houden", "leren"}


# Wat tussen een voorbehoud en een maat de maat zelfstandig maakt: een leesteken, of een woord dat
# de maat zelf uitspreekt ("de meeste sommen, minimaal 8 van de 10").
_EIGEN_MAAT: Final = re.compile(r"[,;:()]|\b(?:minstens|minimaal|ten minste|tenminste)\b")


# Een breuk die een termijn leek ("in 4/5 lessen" als 4 mei): zonder woord voor een datum ervoor.
_BREUK_ALS_TERMIJN: Final = re.compile(r"(?:(?:in|bij|op)\s+)?\d{1,3}\s*/\s*\d{1,3}")
_DATUMWOORD_ERVOOR: Final = re.compile(
    r"\b(?:voor|vóór|per|vanaf|uiterlijk|tot|t/m|sinds)\s+$", re.IGNORECASE)
# "na Jan.", "tot Jan.": een naam met een punt, geen afgekorte maand.
_NAAM_ALS_MAAND: Final = re.compile(r"\w+\s+[A-Z][a-z]{2,3}\.?")


# "vaker dan in september", "beter dan vorig jaar": het moment van vergelijken, geen termijn.
_DAN_ERVOOR: Final = re.compile(r"\bdan\s+(?:(?:in|op|bij)\s+)?$", re.IGNORECASE)


def _geen_termijn(tekst: str, span: Span, criteria: list[Span]) -> bool:
    """Is deze termijn eigenlijk iets anders? Een breuk die ook als maat gevonden is ("in 4/5
    lessen", niet "voor 1/3" of "op 1/3"), of een naam met een hoofdletter ("na Jan.")."""
    b, e = span
    stuk = tekst[b:e]
    if _NAAM_ALS_MAAND.fullmatch(stuk.rstrip()) or _DAN_ERVOOR.search(tekst, 0, b):
        return True
    if _BREUK_ALS_TERMIJN.fullmatch(stuk) is None:
        return False
    if _DATUMWOORD_ERVOOR.search(tekst, 0, b):  # "voor 15/3", "per 1/3": een datum
        return False
    return any(b <= cb < e for cb, _ce in criteria)


def _zonder_voorbehoud(a: Analyse, criteria: list[Span], voorbehoud: list[Span]) -> list[Span]:
    """Een maat met een voorbehoud ervoor is een schatting: "bijna alle", "vrijwel altijd",
    "grotendeels foutloos", "de meeste woorden foutloos". Een maat die een voorbehoud raakt of
    binnen drie woorden erna begint, telt niet (zie `_EIGEN_MAAT`)."""
    reeks = a.reeks
    uit = []
    for b, e in criteria:
        eerste = bisect_right(reeks.einden, b)  # het woord waarin de maat begint
        if raakt(b, e, voorbehoud) or any(
            ve <= b and eerste <= bisect_right(reeks.einden, ve) + 3
            and _EIGEN_MAAT.search(reeks.laag, ve, b) is None for _vb, ve in voorbehoud):
            continue
        uit.append((b, e))
    return uit


def _maten(reeks: Woordreeks, w: Woorden) -> Maten:
    """Termijnen, criteria en getallen volgens de patronen. Alleen patronen met een
    sleutelwoord of cijfer in de tekst mogen draaien, en alleen op de woorden waar ze kunnen
    beginnen."""
    toegestaan = w.patronen.toegestaan(
        reeks.laag, reeks.sleutelbits, bool(reeks.woordsoorten & CIJFER)
    )
    begins: Begins = []
    for i in reeks.patroonwoorden:
        info = reeks.infos[i]
        mag = info.patroonbits & toegestaan
        if mag:
            begin = reeks.begins[i]
            for plek, delen in info.patroonbegins_met(mag):
                begins.append((begin + plek, delen))
    return w.patronen.zoek(reeks.laag, begins, toegestaan)


def _woorden_in(reeks: Woordreeks, spans: list[Span]) -> set[int]:
    """De woorden die een van de spans raken (zoals `raakt`), via bisect."""
    uit: set[int] = set()
    for sb, se in spans:
        uit.update(range(bisect_right(reeks.einden, sb), bisect_left(reeks.begins, se)))
    return uit


def _vaag(a: Analyse, termijnen: list[Span], criteria: list[Span]) -> list[Span]:
    """Vage uitdrukkingen ("werkt aan", "binnenkort", "zo veel mogelijk") en toestanden; geeft
    de plekken van een voorbehoud ("bijna alle"), voor `_zonder_voorbehoud`."""
    voorbehoud: list[Span] = []
    reeks = a.reeks
    plekken = reeks.uitdrukkingsplekken
    if TOESTANDEN in plekken:
        for i, j, _zin in zoek_uitdrukkingen(reeks, TOESTANDEN):
            a.gebruikt.update(range(i, j))
    for lijst, element in VAGE_LIJSTEN:
        if lijst not in plekken:
            continue
        # Een voorbehoud mag over een maat heen vallen: "bijna alle" bevat "alle".
        bezet = (a.gebruikt - _woorden_in(reeks, criteria)
                 if lijst == VOORBEHOUD and criteria else a.gebruikt)
        for i, j, zin in zoek_uitdrukkingen(reeks, lijst):
            if lijst == MANIER_TENZIJ and _uitgelegd(a, zin):
                continue
            if not bezet.isdisjoint(range(i, j)):
                continue
            woord = reeks.woorden[i]
            if j - i == 1 and woord != zin[0] and woord.endswith("er"):
                continue  # "vaker" is een vergelijking, geen "vaak"
            if len(reeks.woorden[j - 1]) == 1 and reeks.tekst[reeks.einden[j - 1]:][:1] == ".":
                # een afkorting ("z.s.m.", "t.z.t."): met de laatste punt
                b, e = reeks.plek(i, j)
                a.vondsten.append(Vondst("vaag", b, e + 1, element))
            else:
                a.meld("vaag", i, j, element)
            a.gebruikt.update(range(i, j))
            if lijst == VOORBEHOUD:
                voorbehoud.append(reeks.plek(i, j))
    for i, j in _manier_in_vorm(reeks):
        if a.gebruikt.isdisjoint(range(i, j)):
            a.meld("vaag", i, j, "gedrag")
            a.gebruikt.update(range(i, j))
    if reeks.woordsoorten & VAAG_PAAR:
        tijd = _woorden_in(reeks, termijnen)
        for i, j in gespreid_vaag(a, tijd):
            eind = i + 1 if tijd.intersection(range(i, j)) else j + 1  # de termijn blijft staan
            a.meld("vaag", i, eind, "gedrag")
            a.gebruikt.update((i, j))
    if reeks.woordsoorten & WEDERKEREND:
        for delen in wederkerend(a):
            lo, hi = min(delen), max(delen) + 1
            if hi - lo > 4 or not a.gebruikt.isdisjoint(range(lo, hi)):
                lo, hi = delen[0], delen[0] + 1  # alleen het werkwoord, de rest staat te ver weg
            a.meld("vaag", lo, hi, "gedrag")
            a.gebruikt.update(range(lo, hi), delen)
    return voorbehoud


# Woorden tussen "op een" en "manier" die een werkwijze noemen of een ander zinsdeel beginnen.
_GEEN_OORDEEL: Final = frozenset(
    "vaste afgesproken zelfgekozen andere nieuwe bepaalde zelfde "
    "op welke die dat waarop".split())


def _manier_in_vorm(reeks: Woordreeks) -> list[Span]:
    """ "Op een rustige manier", "op een nette en vriendelijke manier": een oordeel over hoe,
    met elk bijvoeglijk naamwoord (de lijst vaag.manier noemt alleen de bekendste). Geeft de
    woordnummers van "op" tot en met "manier"."""
    woorden = reeks.woorden
    if "manier" not in woorden:
        return []
    uit: list[Span] = []
    for k, woord in enumerate(woorden):
        if woord != "manier":
            continue
        # "op een" met één tot vier woorden ervoor ("op een vriendelijke en open manier")
        b = next((b for b in range(k - 2, max(0, k - 6), -1)
                  if woorden[b - 1 : b + 1] == ["op", "een"]), None)
        if b is None:
            continue
        tussen = woorden[b + 1 : k]
        # Alleen bijvoeglijke woorden ertussen, geen ander zinsdeel ("op een rij en kiest op
        # welke manier"), en geen vaste werkwijze ("op een vaste manier": die is te zien).
        if _GEEN_OORDEEL.isdisjoint(tussen) and all(w.isalpha() for w in tussen):
            uit.append((b - 1, k + 1))
    return uit


def _criterium_en_termijn(a: Analyse, termijnen: list[Span], criteria: list[Span]) -> None:
    """Een criterium telt niet als het bij de inzet van een volwassene hoort ("krijgt 3 keer
    per week RT"); een getal erbij kan later nog een criterium worden (zie `getallen`)."""
    plekken = a.reeks.uitdrukkingsplekken
    # Inzet zonder "krijgt" of een persoon telt alleen bij "gaat naar de plusklas" en "neemt deel
# aan de training".
    if a.reeks.woordsoorten & VOLWASSENE or PERSONEN in plekken or (
            INZET in plekken and not _GAAN.isdisjoint(a.reeks.woorden)) or (
            "deel" in a.reeks.woorden or "deelnemen" in a.reeks.woorden):
        volwassen = volwassene(a)
        a.criteriumplekken = [s for s in criteria if not raakt(*s, volwassen)]
    else:
        a.criteriumplekken = list(criteria)
    a.criterium = bool(a.criteriumplekken)
    a.termijnplekken = list(termijnen)
    a.termijn = bool(termijnen)
    for b, e in criteria:
        if _frequentie(a.reeks.laag[b:e]):
            a.frequentie = True
            break


_GAAN: Final = frozenset({"gaat", "ga", "gaan", "ging", "gingen"})


def _frequentie(stuk: str) -> bool:
    for deel in _FREQUENTIEDELEN:
        if deel in stuk:
            return True
    return "x" in stuk and _LOSSE_X.search(stuk) is not None


# Een omvang tussen haakjes ("(8-10 woorden)", "(groep 5)") is geen datum en geen maat.
_OMVANG_MET_EENHEID: Final = re.compile(r"\(\s*\d{1,3}\s*-\s*\d{1,3}\s*[a-zà-ü]*\s*\)")
# "Rijgt een ketting (10 kralen)", "de werkbladen (24 sommen per blad)", "(20 woorden, zoals
# …)": een aantal met een naamwoord tussen haakjes is de grootte van de taak. Niet een tijd, een
# gelegenheid of een score: "(2 minuten)", "(5 lessen per week)", "(20 punten)" zijn een maat.
_AANTAL_TUSSEN_HAAKJES: Final = re.compile(
    r"\(\s*\d{1,3}(?:\s*-\s*\d{1,3})?\s+([a-zà-ü]+)(?:\s+per\s+[a-zà-ü]+)?\s*(?:[,;][^)]*)?\)")
_GEEN_TAAK: Final = frozenset("x min sec goed van op jaar".split())
# Ook als samenstelling: "(3 rekenlessen per week)", "(4 gymlessen)", "(20 minuutjes)".
_GEEN_TAAK_EINDE: Final = tuple(
    "keer maal minuten minuut minuutjes seconden seconde uur uren kwartier dagen dag weken week "
    "maanden lessen les pauzes pauze momenten ochtenden middagen procent punten punt fouten "
    "fout".split())
_DATUMVOORZETSEL: Final = re.compile(r"\b(?:voor|vóór|op|tot|uiterlijk|na|per|vanaf|t/m)\s+$")
# "zinnen van 8-10 woorden", zonder haakjes: een oplopende reeks met een meervoud erachter is
# een omvang, geen datum (8 oktober).
_REEKS_MET_MEERVOUD: Final = re.compile(
    r"\b(\d{1,3})\s*-\s*(\d{1,3})\s+(?!januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december)[a-zà-ü]+(?:en|s)\b")
# "een puzzel van 20 stukken": het getal is de grootte van de taak, geen maat voor het gedrag.
# Na "met" alleen bij een taak ("het werkblad met 24 deelsommen"), niet bij "in de pauze met 2
# kinderen"; en een getal met "goed", "fout" of een procent is dan wel een maat ("de toets met
# 80% goed").
_TAAK_ERVOOR: Final = re.compile(
    r"\b(?:een|de|het|mijn|zijn|haar|hun)\s+(?:[a-zà-ü-]+(?:\s+[a-zà-ü-]+){0,2}\s+van|[a-zà-ü-]*(?:blad|toets|"
    r"taak|opdracht|tekst|boek|boekje|puzzel|dictee|rijtje|kaart|schrift|verhaal)\s+met)\s+$")
_MAAT_NA_MET: Final = re.compile(r"met\s+$")
_DEEL_VAN: Final = re.compile(r"%|\bprocent\b|\d\s+van\s+de\s+\d")
_SCORE: Final = re.compile(r"%|\b(?:goed|fout|fouten|punten|procent|juist)\b")
_GRENS_ERIN: Final = re.compile(r"\b(?:minimaal|minstens|maximaal|hooguit|ten minste|meer dan)\b")
_GETAL_VOORAAN: Final = re.compile(
    r"\d|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|"
    r"vijftig|honderd)\b"
)
# Werkwoorden die met een houding als voorwerp geen gedrag zijn ("toont belangstelling",
# "zit lekker in zijn vel").
_TONEN: Final = frozenset({"tonen", "laten", "hebben", "krijgen", "zitten", "nemen", "kiezen",
                           "maken", "komen", "staan", "gebruiken", "houden", "zetten",
                           "leggen", "boeken", "passen"})


def _uitgelegd(a: Analyse, zin: tuple[str, ...]) -> bool:
    """Zegt het doel wat met deze manier bedoeld is (een van haar woorden uit `tenzij`, zoals het
    er staat of met een streepje erachter: "avi-e4")?"""
    woorden = a.lijsten.manier_tenzij.get(" ".join(zin), frozenset())
    return bool(woorden) and any(
        w in woorden or w.partition("-")[0] in woorden for w in a.reeks.woorden)


def _begin_van_zinsdeel(a: Analyse, i: int) -> int:
    zinsdeel = a.zinsdelen.zinsdeel
    k = i
    while k > 0 and zinsdeel[k - 1] == zinsdeel[i]:
        k -= 1
    return k


def _eind_van_zinsdeel(a: Analyse, i: int, gedrag: set[int]) -> int:
    """Het laatste woord van het zinsdeel van werkwoord i, ook over "en"/"of" heen als het deel
    erna geen eigen gedrag heeft ("werkt netjes en geconcentreerd")."""
    woorden, zinsdeel, grootzin = a.reeks.woorden, a.zinsdelen.zinsdeel, a.zinsdelen.grootzin
    n = len(woorden)
    k = i
    while True:
        while k + 1 < n and zinsdeel[k + 1] == zinsdeel[k]:
            k += 1
        if not (k + 1 < n and woorden[k + 1] in ("en", "of") and grootzin[k + 1] == grootzin[i]):
            return k
        m = k + 1
        while m + 1 < n and zinsdeel[m + 1] == zinsdeel[k + 1]:
            m += 1
        if gedrag.intersection(range(k + 1, m + 1)):
            return k  # "… en loopt weg": een eigen werkwoord met eigen gedrag
        k = m


def _houdt_bij(a: Analyse, i: int) -> bool:
    """ "Houdt zijn leesontwikkeling bij in een grafiek": bijhouden is zichtbaar, wat ook het
    voorwerp is (niet "houden" met een houding)."""
    woorden, grootzin = a.reeks.woorden, a.zinsdelen.grootzin
    n = len(woorden)

    def partikel(k: int) -> bool:  # "bij 4 van de 5 ruzies" is een voorzetsel
        return k + 1 == n or not (woorden[k + 1][:1].isdigit()
                                  or woorden[k + 1] in ("de", "het", "een", *BEZIT))

    return "houden" in a.reeks.infos[i].vormen and any(
        woorden[k] == "bij" and grootzin[k] == grootzin[i] and partikel(k)
        for k in range(i + 1, n))


def _taakomvang(tekst: str, b: int, e: int) -> bool:
    """ "Een puzzel van 20 stukken", "het werkblad met 24 deelsommen", "de Cito-toets begrijpend
    lezen van 40 opgaven": het getal is de grootte van de taak."""
    laag = tekst.lower()
    if _GETAL_VOORAAN.match(laag, b) is None or _GRENS_ERIN.search(laag, b, e) is not None:
        return False
    if _DEEL_VAN.search(laag, b, min(len(laag), e + 8)):
        return False  # "de betekenis van 80% van de woorden": een deel is geen omvang
    ervoor = _TAAK_ERVOOR.search(laag, max(0, b - 60), b)
    if ervoor is None:
        return False
    return not (_MAAT_NA_MET.search(laag, ervoor.start(), b)
                and _SCORE.search(laag, b, min(len(laag), e + 12)))


def _houding_als_gedrag(a: Analyse, stukken: list[Span]) -> None:
    """ "Toont belangstelling", "laat inzet zien": een houding, ook met een zichtbaar werkwoord.
    Vervalt het enige gedrag, dan ontbreekt gedrag; het vage signaal staat er al (of komt erbij,
    bij een dat-zin: "laat zien dat hij het weet")."""
    vaag = [v for v in a.vondsten if v.soort == "vaag" and v.element == "gedrag"]
    reeks = a.reeks
    if not vaag and "dat" not in reeks.woorden:
        return
    houding: set[int] = set()
    # Een oordeel over hoe ("reageert adequaat") geldt bij elk werkwoord, een houding als
    # voorwerp alleen bij de werkwoorden die iets tonen of hebben.
    manier = ([reeks.begins[i] for i, _j, _z in zoek_uitdrukkingen(reeks, "vaag.manier")]
              if "vaag.manier" in reeks.uitdrukkingsplekken else [])
    if MANIER_TENZIJ in reeks.uitdrukkingsplekken:  # "reageert gepast", niet "betaalt gepast"
        manier += [reeks.begins[i] for i, _j, zin in zoek_uitdrukkingen(reeks, MANIER_TENZIJ)
                   if not _uitgelegd(a, zin)]
    manier += [reeks.begins[i] for i, _j in _manier_in_vorm(reeks)]
    # "werkt met meer zelfvertrouwen": een houding na "met" zegt hoe, niet wat je ziet
    manier += [v.begin for v in vaag if _na_met(a, v.begin)]
    for i, _j in stukken:
        # Op de vormen, niet het lemma: simplemma maakt van "kiest" "kies".
        toont = not reeks.infos[i].vormen.isdisjoint(_TONEN) and not _houdt_bij(a, i)
        if not toont and not manier:
            continue
        # Tot het eind van het zinsdeel van het werkwoord: een maat of termijn ertussen
        # ("toont in 4 van de 5 lessen belangstelling") verandert niets aan de houding.
        k = _eind_van_zinsdeel(a, i, {b for b, _e in stukken})
        eind = reeks.einden[k]
        # Achteraan in een bijzin ("dat Dewi lekker in haar vel zit") staat de houding ervóór.
        van = reeks.begins[_begin_van_zinsdeel(a, i)] - 1 if k == i else reeks.begins[i]
        tekens = [v.begin for v in vaag] if toont else manier
        if any(van < b <= eind for b in tekens):
            houding.add(i)
            if not toont:
                a.manierplekken += [(_met_ervoor(a, v.begin), v.eind) for v in vaag
                                    if van < v.begin <= eind and v.begin in manier]
        elif toont and (binnen := _vaag_in_dat_zin(a, i)) is not None:
            houding.add(i)  # "laat zien dat ze de stof begrijpt": wat zie je dan?
            if not any(v.begin == reeks.begins[binnen] for v in a.vondsten):
                a.meld("vaag", binnen, binnen + 1, "gedrag")
    if houding:
        _laat_gedrag_vallen(a, stukken, houding)


_MET_ERTUSSEN: Final = frozenset({"meer", "veel", "een", "wat", "minder"})


def _met_ervoor(a: Analyse, begin: int) -> int:
    """Het begin van "met (meer) plezier" als "met" vlak voor het woord op teken `begin` staat,
    anders `begin`: het hele oordeel over hoe wordt een open plek, niet alleen "plezier"."""
    k = _plek_van_met(a, begin)
    return begin if k is None else a.reeks.begins[k]


def _na_met(a: Analyse, begin: int) -> bool:
    """Staat "met" vlak voor het woord dat op teken `begin` begint ("met (meer) plezier")?"""
    return _plek_van_met(a, begin) is not None


def _plek_van_met(a: Analyse, begin: int) -> int | None:
    """Het woordnummer van "met" vlak voor het woord op teken `begin`, met hooguit "meer",
    "veel", "een", "wat" of "minder" ertussen; anders None."""
    reeks = a.reeks
    k = bisect_left(reeks.begins, begin) - 1
    if k >= 0 and reeks.woorden[k] in _MET_ERTUSSEN:
        k -= 1
    return k if k >= 0 and reeks.woorden[k] == "met" else None


def _vaag_in_dat_zin(a: Analyse, i: int) -> int | None:
    """Het vage werkwoord in een dat-zin na een toon-werkwoord ("laat zien dat ze het begrijpt"),
    of None. Alleen het eerste "dat" binnen een paar woorden telt."""
    woorden, infos = a.reeks.woorden, a.reeks.infos
    n = len(woorden)
    dat = next((k for k in range(i + 1, min(n, i + 10)) if woorden[k] == "dat"), None)
    if dat is None:
        return None
    # ook een oordeel over de leerling: "laat zien dat hij weerbaar is" (niet "dat hij rustig
    # zijn werk afmaakt": daar is het oordeel een bijwoord bij gedrag)
    oordeel = {v.begin for v in a.vondsten if v.soort == "interpretatie"}
    return next((k for k in range(dat + 1, min(n, dat + 10))
                 if infos[k].vaag or a.reeks.begins[k] in oordeel), None)


# Een houding in een vaste vorm met een werkwoord dat los wel zichtbaar is ("doet haar best").
# Vergelijkingen die over de kwaliteit gaan, niet over hoe vaak: "vraagt vaker om hulp" noemt
# wel het gedrag, "leest beter" niet.
# Alleen direct na het werkwoord: "houdt zich beter aan de regels" noemt het gedrag wel.
_KWALITEIT: Final = frozenset({"beter", "slechter"})
# Zonder maat maakt ook zo'n vergelijking over de kwaliteit het gedrag vaag ("schrijft mooier",
# "beweegt soepeler", "werkt taakgerichter"); "vaker", "sneller", "vlotter", "harder",
# "zelfstandiger" en "stiller" zeggen wel wat je ziet, alleen niet hoeveel.
_KWALITEIT_ZONDER_MAAT: Final = _KWALITEIT | MANIER_TRAP | frozenset(
    "mooier soepeler positiever weerbaarder zelfverzekerder creatiever handiger vloeiender"
    .split())


# "vraagt om een moeilijkere opdracht": een verbogen vergelijking vóór een naamwoord over hoe
# zwaar of groot de taak is, zegt niets over hoe de leerling het doet.
_TAAKMAAT: Final = frozenset(
    "moeilijker makkelijker gemakkelijker groter kleiner langer korter zwaarder lichter hoger "
    "lager uitdagender lastiger ingewikkelder".split())


def over_de_taak(vergelijking: str) -> bool:
    """ "moeilijkere" in "een moeilijkere opdracht": over de taak, niet over hoe."""
    return vergelijking.endswith("ere") and vergelijking[:-1] in _TAAKMAAT


def _over_kwaliteit(a: Analyse, v: Vondst) -> bool:
    """Gaat deze vergelijking zonder maat over hoe goed (niet hoe vaak of hoe snel)? Ook een
    vergeleken oordeel uit de lijst ("taakgerichter") en "minder heftig"."""
    vergelijking = a.reeks.laag[v.begin : v.eind]
    if vergelijking in _KWALITEIT_ZONDER_MAAT:
        return True
    if vergelijking.endswith("er") and vergelijking[:-2] in a.lijsten.manieren:
        return True
    if vergelijking in ("minder", "meer"):  # "reageert minder heftig": een bijvoeglijk woord
        erna = WOORD_ERNA.match(a.reeks.laag, v.eind)
        return erna is not None and (erna.group(1).endswith(_BIJVOEGLIJK)
                                     or erna.group(1) in a.lijsten.oordeelwoorden)
    return False


_BIJVOEGLIJK: Final = ("ig", "lijk", "isch", "baar", "zaam", "loos")
# Vergelijkingen van hoe vaak, hoeveel of hoe lang: met een maat erbij wel gedrag.
_HOEVEEL: Final = frozenset({"vaker", "minder", "meer", "langer", "korter", "sneller", "eerder",
                             "later", "minder vaak", "vaker dan", "minder dan", "meer dan"})
# ... behalve een vergelijking van tijd: "komt in 4 van de 5 lessen sneller tot werken" telt hoe
# vaak, niet hoe snel. Die zegt alleen met een tijd in de maat iets ("binnen 2 minuten").
_TEMPO: Final = frozenset({"langer", "korter", "sneller", "eerder", "later"})
_TIJD_IN_MAAT: Final = re.compile(
    r"\b(?:minuut|minuten|min|seconde|seconden|sec|uur|kwartier)\b")
_HOUDING_VOORWERP: Final = {"doen": frozenset({"best"})}
_ERBIJ: Final = BEZIT | _KWALITEIT


def _met_lang(laag: str, begin: int, eind: int) -> str:
    """ "minder lang", "minder snel": een vergelijking van tijd in twee woorden wordt "korter",
    "langzamer"; anders de vergelijking zelf."""
    woord = laag[begin:eind]
    if woord in ("minder", "meer"):
        erna = laag[eind:eind + 7].split()
        if erna and erna[0] in ("lang", "snel"):
            return "langer"  # een vergelijking van tijd, net als "langer" en "sneller"
    return woord


def _telt_niet_als_maat(vergelijking: str, tijd_in_maat: bool) -> bool:
    """Blijft deze vergelijking vaag naast het criterium? Zie `_HOEVEEL` en `_TEMPO`."""
    if vergelijking in _TEMPO:
        return not tijd_in_maat
    return vergelijking not in _HOEVEEL


def _gedrag_zonder_maat(a: Analyse, stukken: list[Span]) -> None:
    """ "Leest beter", "zit beter op zijn plek", "werkt netter": het werkwoord is zichtbaar, maar
    wat je moet zien staat er alleen als vergelijking zonder maat. Zonder criterium is "beter"
    geen waarneembaar gedrag; met een criterium ("in 4 van de 5 lessen netter") telt dat
    criterium alleen hoe vaak, en blijft elke vergelijking over de kwaliteit vaag. Een
    vergelijking van hoe vaak of hoe lang ("vaker", "langer") zegt met een maat erbij wel wat."""
    reeks, zinsdeel = a.reeks, a.zinsdelen.zinsdeel
    n = len(reeks.woorden)
    tijd_in_maat = any(_TIJD_IN_MAAT.search(reeks.laag, b, e) for b, e in a.criteriumplekken)
    vergelijk = {
        v.begin
        for v in a.vondsten
        if v.soort == "vergelijking" and not over_de_taak(reeks.laag[v.begin : v.eind]) and (
            _telt_niet_als_maat(_met_lang(reeks.laag, v.begin, v.eind), tijd_in_maat)
            if a.criterium else _over_kwaliteit(a, v))
    }
    if not vergelijk:
        return
    weg: set[int] = set()
    for i, _j in stukken:
        # Met een criterium tot het eind van het zinsdeel: de maat staat er vaak tussen.
        bij = [k for k in range(i + 1, n if a.criterium else min(n, i + 12))
               if zinsdeel[k] == zinsdeel[i]]
        if a.criterium:
            # Met een maat ertussen ("luistert in 4 van de 5 instructies beter"): ergens in het
            # zinsdeel van het werkwoord. Of vlak ervoor, bij een werkwoord achteraan ("kan in 4
            # van de 5 lessen beter luisteren", "sneller tot werken komt").
            ervoor = [k for k in range(max(0, i - 3), i) if zinsdeel[k] == zinsdeel[i]]
            if any(reeks.begins[k] in vergelijk for k in bij + ervoor):
                weg.add(i)
            continue
        # het eerste woord na het werkwoord, na een onderwerp ertussen ("leest Bas beter"), of
        # vlak voor een heel werkwoord achteraan ("kan mijn spelling beter maken")
        eerste = next((k for k in bij if not _onderwerpwoord(a, k)), None)
        heel = reeks.woorden[i].endswith("en") and (
            reeks.woorden[i] == reeks.infos[i].lemma or reeks.infos[i].waarneembaar)
        # ("beter gaat plannen": ook met een hulpwerkwoord ertussen)
        voor_heel = i - 1
        if heel and voor_heel > 0 and reeks.infos[voor_heel].lemma in MET_HEEL_WERKWOORD:
            voor_heel -= 1
        if (eerste is not None and reeks.begins[eerste] in vergelijk) or (
                heel and voor_heel >= 0 and reeks.begins[voor_heel] in vergelijk):
            weg.add(i)
    if weg:
        _laat_gedrag_vallen(a, stukken, weg)
        # "zit beter op zijn plek": het voorstel houdt de zin en maakt van "beter" de open plek
        a.manierplekken += [(v.begin, v.eind) for v in a.vondsten
                            if v.soort == "vergelijking" and v.begin in vergelijk]


def _houding_als_voorwerp(a: Analyse, stukken: list[Span]) -> None:
    """ "Doet haar best": een houding in een vaste vorm met een werkwoord dat los wel zichtbaar
    is. Ook een maat erbij ("doet in 4 van de 5 lessen haar best") zegt niet wat je ziet."""
    reeks, zinsdeel = a.reeks, a.zinsdelen.zinsdeel
    n = len(reeks.woorden)
    weg: set[int] = set()
    for i, _j in stukken:
        houding = _HOUDING_VOORWERP.get(reeks.infos[i].lemma)
        if not houding:
            continue
        bij = [k for k in range(i + 1, min(n, i + 12)) if zinsdeel[k] == zinsdeel[i]]
        k = next((k for k in bij if reeks.woorden[k] in houding), None)
        if k is None:
            continue
        weg.add(i)
        if any(v.soort == "vaag" and v.begin <= reeks.begins[k] < v.eind for v in a.vondsten):
            continue
        # "(beter) zijn best": het bezittelijk woord en een vergelijking ervoor horen erbij.
        lo = k
        while lo - 1 > i and reeks.woorden[lo - 1] in _ERBIJ:
            lo -= 1
        a.meld("vaag", lo, k + 1, "gedrag")
        a.gebruikt.update(range(lo, k + 1))
    if weg:
        _laat_gedrag_vallen(a, stukken, weg)


_ONDERWERPWOORDEN: Final = frozenset({"de", "leerling", "hij", "zij", "ze", "ik", "jij", "je"})


def _onderwerpwoord(a: Analyse, k: int) -> bool:
    return a.reeks.hoofdletter[k] or a.reeks.woorden[k] in _ONDERWERPWOORDEN


def _oordeel_naast_gedrag(a: Analyse, stukken: list[Span]) -> None:
    """ "Zit op zijn plek te luisteren en is rustig": een oordeel in een zinsdeel dat met "en" of
    "of" aan het gedrag vastzit, hoort bij het doel; dat deel is niet te zien, dus het doel
    als geheel ook niet."""
    woorden, zinsdeel, groot = a.reeks.woorden, a.zinsdelen.zinsdeel, a.zinsdelen.grootzin
    for v in a.vondsten:
        if v.soort != "interpretatie":
            continue
        k = bisect_left(a.reeks.begins, v.begin)
        begin = k
        while begin > 0 and zinsdeel[begin - 1] == zinsdeel[k]:
            begin -= 1
        if woorden[begin] in ("en", "of") and any(groot[i] == groot[k] for i, _j in stukken):
            _laat_gedrag_vallen(a, stukken, {i for i, _j in stukken})
            # "en is rustig": van "en" tot het eind van het oordeel; staat er een maat of
            # termijn tussen ("en is elke les rustig"), dan geen open plek (die zou hem wissen)
            einde = bisect_left(a.reeks.begins, v.eind) - 1
            plek = (a.reeks.begins[begin], v.eind)
            if not raakt(*plek, a.criteriumplekken + a.termijnplekken):
                oordeel = " ".join(woorden[m] for m in range(begin + 1, einde + 1)
                                   if not a.reeks.infos[m].koppelwerkwoord)
                a.oordeel_erbij = (plek, oordeel)
            return


def _geen_persoonsvorm_bij_onderwerp(a: Analyse) -> bool:
    """ "De leerling zelfstandig laten werken", "en de leerling laten verwoorden": een enkelvoud
    zonder persoonsvorm, of met alleen het hele werkwoord "laten", is het voorwerp van de
    aanpak, geen onderwerp."""
    onderwerp = (a.onderwerp or "").lower()
    if onderwerp.endswith(("en", "s")) or onderwerp in ("wij", "we", "ze", "zij", "jullie"):
        return False  # "de leerlingen laten zien": wel een persoonsvorm
    if "laten" not in a.reeks.woorden:
        return False
    plek = a.werkwoord_plek
    return plek is None or a.reeks.tekst[plek[0]:plek[1]].lower() == "laten"


# Wie het doel "zelf" of "zelfstandig" doet, is de leerling, ook in het hele werkwoord.
_ZELF_DOEN: Final = frozenset({"zelf", "zelfstandig", "zelfstandiger"})


def _aanpak_in_infinitieven(a: Analyse, stukken: list[Span]) -> None:
    """Zonder onderwerp en alleen hele werkwoorden ("twee woorden per dag aanbieden, uitleggen
    en laten herhalen") beschrijft het doel de aanpak van de volwassene, niet de leerling; het
    aantal hoort dan bij die aanpak."""
    reeks = a.reeks
    for i, _j in stukken:
        woord = reeks.woorden[i]
        # Een heel werkwoord, geen deelwoord; het lemma helpt niet ("uitleggen" → "uitleg").
        if not woord.endswith("en") or reeks.infos[i].voltooid_deelwoord:
            return
    # Alleen met "laten" ("de leerling zelfstandig laten werken") of een handeling van een
    # volwassene ("aanbieden") zonder "zelf": "Thuis beter luisteren naar papa en mama" of
    # "zelfstandig de weektaak plannen" is een doel van de leerling in het hele werkwoord.
    woorden = reeks.woorden
    if "laten" not in woorden and (not _ZELF_DOEN.isdisjoint(woorden) or not any(
        reeks.infos[k].volwassen_handeling for k in range(len(woorden))
    )):
        return
    for i, j in stukken:
        a.meld("volwassene", i, j, "gedrag")
    _laat_gedrag_vallen(a, stukken, {i for i, _j in stukken})
    a.criteriumplekken = []
    a.criterium = False
    a.frequentie = False


def _middel_met_door(a: Analyse, stukken: list[Span]) -> None:
    """ "Leert omgaan met boosheid door wekelijks te oefenen", "Door te werken met een
    stappenplan krijgt Jesse meer overzicht": de bijzin met "door" is het middel. Is de hoofdzin
    vaag en staat al het gedrag in zo'n bijzin, dan is er geen gedrag, en een maat die daar staat
    ("wekelijks") hoort bij het middel, niet bij het doel."""
    reeks = a.reeks
    middelen = door_bijzinnen(a)
    if not middelen:
        return
    for i, j in stukken if a.gedrag else ():
        if not binnen(reeks.begins[i], reeks.einden[j - 1], middelen):
            return  # gedrag in de hoofdzin: het middel verandert niets
    if not any(v.element == "gedrag" and not raakt(v.begin, v.eind, middelen)
               for v in a.vondsten):
        return  # de hoofdzin zegt niets vaags: "door dagelijks te oefenen haalt …"
    if not _BEWIJZEN.isdisjoint(reeks.woorden):
        return  # "laat zien dat hij de tafels kent door 9 van de 10 sommen te noemen": het bewijs
    _laat_gedrag_vallen(a, stukken, {i for i, _j in stukken})
    a.criteriumplekken = [c for c in a.criteriumplekken if not raakt(*c, middelen)]
    a.criterium = bool(a.criteriumplekken)


def door_bijzinnen(a: Analyse) -> list[Span]:
    """De plekken van "door … te <werkwoord>" en "door … <heel werkwoord>", tot een leesteken."""
    reeks = a.reeks
    woorden, infos, tekst = reeks.woorden, reeks.infos, reeks.tekst
    uit: list[Span] = []
    n = len(woorden)
    for i, w in enumerate(woorden):
        if w != "door" or i + 1 >= n:
            continue
        k = i + 1
        while k + 1 < n and not _LEESTEKEN_ERTUSSEN.search(tekst, reeks.einden[k],
                                                          reeks.begins[k + 1]):
            volgende = infos[k + 1]
            if "te" in woorden[i + 1 : k] and (volgende.persoonsvorm or (
                    volgende.lemma in _PERSOONSVORM_ZONDER_GEDRAG
                    and woorden[k + 1] != volgende.lemma)):
                break  # "door te werken met een stappenplan krijgt Jesse …": de hoofdzin
            k += 1
        laatste = woorden[k]
        te = "te" in woorden[i + 1 : k]
        heel = laatste.endswith("en") and (laatste == infos[k].lemma or infos[k].waarneembaar)
        if te or (heel and k > i + 1):
            uit.append((reeks.begins[i], reeks.einden[k]))
    return uit


_LEESTEKEN_ERTUSSEN: Final = re.compile(r"[,;:.!?]")
# Na deze woorden in de hoofdzin is de bijzin met "door" wat je ziet, geen middel.
_BEWIJZEN: Final = frozenset({"zien", "toont", "tonen", "bewijst", "bewijzen", "aantonen"})


def _laat_gedrag_vallen(a: Analyse, stukken: list[Span], weg: set[int]) -> None:
    over = [(i, j) for i, j in stukken if i not in weg]
    a.gedrag = bool(over)
    a.gedragplekken = [a.reeks.plek(i, j) for i, j in over]
