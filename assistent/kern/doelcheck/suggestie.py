"""Het voorstel: het doel in de woorden van de gebruiker, met open plekken voor wat ontbreekt.

"Sem leest beter." wordt "Voor [datum] leest Sem in [x] van de [y] [lessen] [wat je ziet of
hoort]." Een vaag woord maakt plaats voor een vak, een ontbrekende termijn komt vooraan (met
inversie) of achteraan ("…, uiterlijk op [datum]").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from assistent.kern.doelcheck.analyse import MANIER_TRAP, Analyse, Vondst, alleen_manier, raakt
from assistent.kern.doelcheck.grammatica import (
    KOPPEL_EN_HULP,
    PARTIKELS,
    VOORNAAMWOORDEN,
    bekend,
    gesplitst,
    hij_vorm,
    ik_vorm,
)
from assistent.kern.doelcheck.herkenning import door_bijzinnen, over_de_taak
from assistent.kern.doelcheck.patronen import Span
from assistent.kern.doelcheck.teksten import (
    AFKORTINGEN,
    DE_LEERLING,
    ZO_HOEVEEL,
    ZO_MOGELIJK,
)
from assistent.kern.doelcheck.woorden import Woordinfo
from assistent.kern.doelcheck.woordsoorten import PARTIKEL

# (begin, eind, nieuwe tekst); begin == eind is een invoeging.
Vervanging = tuple[int, int, str]

_CRITERIUMVAK: Final[dict[str | None, str]] = {
    "DMT/AVI": "[x] woorden per minuut",
    "methodetoets": "[x] van de [y] [opgaven] goed",
    "rubric": "op niveau [x] van de rubric",
}
_STANDAARDVAK: Final = "in [x] van de [y] [lessen]"
# Een vergelijkend woord zegt zelf welk vak past; anders het meetinstrument.
_VAK_BIJ_WOORD: Final = {
    "vaker": "minstens [x] keer per [dag/les]",
    "meer": "minstens [x] keer per [dag/les]",
    "minder": "hooguit [x] keer per [dag/les]",
    "langer": "[x] minuten",  # "houdt het langer vol" → "houdt het [x] minuten vol"
    # "werkt een tijdje zelfstandig" → "werkt [x] minuten zelfstandig"
    "een tijdje": "[x] minuten",
    "zo lang mogelijk": "[x] minuten",
}
# Een vergelijking waarvan het grondwoord zelf te zien is: dat blijft staan, met de maat erbij
# ("werkt zelfstandiger" → "werkt zelfstandig in [x] van de [y] [lessen]"). Bij "netter" of
# "beter" niet: "netjes" en "goed" zeggen niet wat je ziet.
_ZICHTBAAR_GRONDWOORD: Final = {"zelfstandiger": "zelfstandig", "stiller": "stil"}
# Een termijn die zo begint, staat vooraan in een zin; anders komt er "voor" voor.
_TERMIJNBEGIN: Final = frozenset(
    "voor vóór binnen over na in op bij tijdens rond uiterlijk tot aan tegen eind begin het de "
    "komende vanaf halverwege medio per t/m deze dit volgende".split()
)
# Taken tel je "bij": "bij 7 van de 10 verhaalsommen".
_TAKEN: Final = frozenset(
    "woorden sommen opgaven verhaalsommen keersommen vragen teksten opdrachten toetsen "
    "zinnen dictees werkbladen taken".split()
)
# Dagen tel je "op" ("op 4 van de 5 dagen"), lessen "in".
_OP_DAGEN: Final = frozenset(
    "dag dagen ochtend ochtenden middag middagen schooldag schooldagen avond avonden".split()
)
# Wat direct achter een aantal staat ("sommen goed", "dagen"), tot een leesteken.
_WAT_ERNA: Final = re.compile(r"(?:\s+(?!en\b|of\b|voor\b|in\b|op\b)[a-zà-ÿ-]+){1,2}")
# Na "4 van de 5" is het eerste woord de eenheid ("lessen"); een tweede woord alleen als het zegt
# hoe goed ("sommen goed"). Een lidwoord of bezittelijk woord is geen eenheid.
_GEEN_EENHEID: Final = frozenset({"de", "het", "een", "zijn", "haar", "hun", "mijn", "z'n",
                                  "m'n", "je", "jouw", "zich", "niet", "wel", "ook", "nog"})
_HOE_GOED: Final = frozenset({"goed", "juist", "correct", "foutloos", "zelfstandig"})
# Na een gelegenheid ("4 van de 5 lessen") hoort "goed" bij het werkwoord ("gaat … goed om").
_GELEGENHEDEN: Final = frozenset(
    "lessen les pauzes pauze dagen keer weken gevallen situaties momenten kringen "
    "kringmomenten ochtenden middagen instructies gesprekken".split()
)
# "80% van de lessen": de rest van de maat na een percentage.
_VAN_ERNA: Final = re.compile(r"\s+van\s+(?:de|het)\s+[a-zà-ÿ-]+")
# Het voorzetsel en lidwoord vlak vóór een gevonden termijn ("voor de" + "kerstvakantie").
_VOORZETSEL_ERVOOR: Final = re.compile(
    r"\b(?:voor|vóór|na|tot|rond|tijdens|bij|in|op|vanaf)\s+(?:(?:de|het)\s+)?$", re.IGNORECASE
)
# Wat tussen twee stukken van één termijn staat: "vanaf 1/2" + " tot de " + "zomervakantie".
_TUSSEN_TERMIJNEN: Final = (" van ", " in ", " tot ", " ", " tot de ", " tot het ", " op ")
# Een voorzetsel vlak vóór een vage termijn ("in" + "de komende periode").
_VOORZETSEL_TERMIJN: Final = re.compile(
    r"\b(?:in|binnen|tijdens|gedurende|voor|vóór|na|over)\s+$", re.IGNORECASE
)
# Een grens vlak vóór de maat hoort erbij: "hooguit één keer" is geen "één keer".
_GRENS_ERVOOR: Final = re.compile(
    r"\b(hooguit|hoogstens|maximaal|minstens|minimaal|ten minste|tenminste)\s+$", re.IGNORECASE
)
_GRENS_VOORAAN: Final = re.compile(
    r"^(?:hooguit|hoogstens|maximaal|minstens|minimaal|ten minste|tenminste)\s+", re.IGNORECASE
)
# Een evaluatiemoment als termijn: "bij de evaluatie feb", niet "voor evaluatie feb".
_MOMENT_ACHTER: Final = ("evaluatie", "rapport", "gesprek", "toets", "bespreking", "toetsweek")
_EIGEN_VOORZETSEL: Final = re.compile(r"\b(in|bij|op|tijdens|na)\s+$", re.IGNORECASE)
# Een criterium dat zonder de rest van de zin iets zegt.
_MAAT_IN_ZIN: Final = re.compile(
    r"\bvan\s+de\b|%|\bprocent\b|\bkeer\b|\bper\b|\bniveau\b|\bminu|\bseconde|\bfout"
    r"|\d\s*/\s*\d+\s+[a-z]",  # "4/5 lessen"
    re.IGNORECASE,
)
_OP_NIVEAU_ERVOOR: Final = re.compile(r"\b(?:op|in|bij)\s+(?:niveau\s+)?$", re.IGNORECASE)
# Een niveau als maat: een Cito-niveau (I tot V), AVI, een referentieniveau of "niveau".
_NIVEAU_IN_ZIN: Final = re.compile(
    r"\b(?:I{1,3}|IV|V)\b|\b(?i:avi)|\b[123][FfSs]\b|\b(?i:niveau)\b")
# Een los voegwoord aan het eind of vóór een komma ("… en," of "… maar") valt weg.
_LOS_VOEGWOORD: Final = re.compile(r"\s+(?:en|maar|of)\s*(?=,|$)")


_BEGINNEN: Final = frozenset({"beginnen", "starten", "opstarten"})


def _hoe_vak(a: Analyse) -> str:
    """De open plek voor wat je ziet aan een oordeel over hoe ("zorgvuldig", "netter")."""
    return "[hoe je dat doet]" if a.ik_vorm else "[hoe je dat ziet of hoort]"


class _Vakken:
    """De open plekken voor wat ontbreekt."""

    __slots__ = ("vervang", "achteraan", "termijn_klaar", "gedrag_eind")

    def __init__(self) -> None:
        self.vervang: list[Vervanging] = []
        self.achteraan: list[str] = []  # vakken die achter de zin komen
        self.termijn_klaar = True  # de termijn heeft een plek, of ontbrak niet
        self.gedrag_eind: int | None = None  # waar het gedragvak eindigt


def suggestie(
    tekst: str,
    a: Analyse,
    ontbreekt: tuple[str, ...],
    naam: str | None,
    instrument: str | None,
    persoon: str,
) -> str:
    """Een herschrijving die de woorden van de gebruiker houdt en de open plekken markeert."""
    kaal = tekst.strip()
    if not kaal:
        return f"Voor [datum] [doet] {persoon} [wat je ziet of hoort] in [x] van de [y] keer."
    manier = alleen_manier(a)
    if manier and "criterium" in ontbreekt and _vak_van(a, tekst) is not None:
        manier = []  # "leest vloeiend": de maat van het vak zegt het al ([x] woorden per minuut)
    if manier:  # "ruimt zorgvuldig op": de zin blijft, alleen het oordeel wordt een open plek
        # "werkt beter samen bij rekenen": het gaat niet over het vak, dus niet de vakmaat
        bij_vak = None if _noemt_vak(a) else instrument
        vakken = _vakken_zonder_gedrag(tekst, a, ontbreekt, naam, bij_vak)
        vak = _hoe_vak(a)
        for b, e in manier:
            if tekst[b:e].lower() == "op tijd":  # "gaat op tijd naar bed": hoe laat?
                ww = a.werkwoord_plek or (b, e)  # alleen_manier eist een persoonsvorm
                info = a.reeks.infos[bisect_left(a.reeks.begins, ww[0])]
                begint = info.lemma in _BEGINNEN or not info.vormen.isdisjoint(_BEGINNEN)
                vakken.vervang.append((b, e, "binnen [x] minuten" if begint else "[hoe laat]"))
            else:
                al = next((i for i, (vb, ve, _) in enumerate(vakken.vervang)
                           if vb == b and ve == e), None)
                if al is not None:  # "luistert beter": de maat staat al op die plek
                    if not vakken.vervang[al][2].endswith(vak):  # "netter": die heeft hem al
                        vakken.vervang[al] = (b, e, f"{vakken.vervang[al][2]} {vak}")
                else:
                    vakken.vervang.append((b, e, vak))
                    _zonder_dan(tekst, e, vakken)  # "leest liever dan nu": "dan nu" gaat mee
    elif "gedrag" in ontbreekt and _alleen_het_oordeel_erbij(a):
        # "zit op zijn plek te luisteren en is rustig": de zin blijft, het oordeel wordt een plek
        assert a.oordeel_erbij is not None
        (b, e), _oordeel = a.oordeel_erbij
        vakken = _vakken_zonder_gedrag(tekst, a, ontbreekt, naam, instrument)
        wat = "[wat je doet]" if a.ik_vorm else "[wat je ziet of hoort]"
        vakken.vervang.append((b, e, f"{a.reeks.woorden[bisect_left(a.reeks.begins, b)]} {wat}"))
    elif "gedrag" in ontbreekt and (wens := _wens_wordt_gedrag(a)):
        # "durft in de kring iets te vertellen": het voorstel zegt wat je dan ziet ("vertelt in
        # de kring iets") en vult de rest aan
        vakken = _vakken_zonder_gedrag(tekst, a, ontbreekt, naam, instrument)
        vakken.vervang += wens
    elif "gedrag" in ontbreekt or (ontbreekt and a.heeft("negatief")):
        return _sjabloon(tekst, a, ontbreekt, instrument, persoon)
    elif ontbreekt and not _veilig(a):
        if not _duidelijk_gedrag(a):
            return _sjabloon(tekst, a, ontbreekt, instrument, persoon)
        # Gedrag dat er al staat, zonder herkend onderwerp ("Fenna en haar broertje ruimen …"):
        # de zin blijft, met de open plekken erachter, in plaats van een leeg sjabloon dat het
        # gedrag en de maat weggooit (review helper 42). De maat komt achteraan: zonder
        # onderwerp is niet te zien waar hij in de zin past.
        vakken = _vakken(tekst, a, ontbreekt, naam, instrument, maat_achteraan=True)
    else:
        vakken = _vakken(tekst, a, ontbreekt, naam, instrument) if ontbreekt else _Vakken()
    vervang = vakken.vervang
    plek = a.onderwerp_plek
    onderwerp = (a.onderwerp or "").lower()
    if (
        (naam or onderwerp in AFKORTINGEN)
        and plek
        and onderwerp in DE_LEERLING
        and not _overlapt(plek[0], plek[1], vervang)
    ):
        vervang.append((*plek, naam or "de leerling"))  # "de leerling", "Ll." wordt de naam
    zin = (_vervangen(tekst, vervang).strip() if vervang else kaal).rstrip(".!?;: ")
    if vakken.achteraan:
        zin = " ".join([zin, *vakken.achteraan]) if zin else " ".join(vakken.achteraan)
        zin = zin.replace(" , ", ", ")  # een vak met komma ervoor
    # Witruimte samenvoegen. Zonder dubbele spatie en zonder andere witruimte dan de spatie
    # (die is nooit printable) verandert dat niets, en dat nagaan is veel goedkoper.
    if "  " in zin or not zin.isprintable():
        zin = " ".join(zin.split())
    zin = _zonder_los_voegwoord(zin)
    if not vakken.termijn_klaar:
        zin = _met_termijn(zin, a, tekst, vervang, naam)
    if zin[:1].isupper():  # meestal staat de hoofdletter er al
        return zin + "."
    return f"{zin[:1].upper()}{zin[1:]}."


# Woorden die vóór de persoonsvorm geen onderwerp kunnen zijn: voorzetsels, lidwoorden, tijd.
_GEEN_ONDERWERPWOORD: Final = frozenset(
    "tot vanaf uiterlijk voor vóór na in op bij tijdens binnen over tegen rond aan het de een "
    "eind einde begin halverwege medio nu straks dan daarna vandaag morgen elke iedere thuis "
    "buiten als wanneer zodra ook soms per".split())
_VOOR_NAAMWOORD: Final = frozenset(
    "bij met tijdens na voor van het de in op aan door over zonder".split())
_FOUTEN: Final = frozenset({"fout", "fouten", "foutje", "foutjes", "vergissingen"})
# Na een wens of leerwerkwoord: wat geen gedrag is, ook als heel werkwoord.
_GEEN_HANDELING: Final = KOPPEL_EN_HULP | frozenset(
    "krijgen raken lukken leren willen durven".split())


def met_leerling(tekst: str, a: Analyse, persoon: str) -> str | None:
    """Het doel als zin met de leerling erin, als het geen onderwerp heeft maar wel een duidelijke
    handeling: "Gaat zelfstandiger naar de wc." → "Fenna gaat zelfstandiger naar de wc.",
    "Zijn jas zelf ophangen." → "Sem hangt zijn jas zelf op." Dan kan het voorstel die zin houden.
    None bij een onderwerp, een ik-doel, een kopje, de aanpak van een volwassene, een ontkend doel
    of meer dan één hele werkwoord."""
    if (a.onderwerp_plek is not None or a.ik_vorm or a.bezitter or ":" in tekst
            or a.heeft("volwassene") or a.heeft("negatief")):
        return None
    reeks = a.reeks
    woorden, infos = reeks.woorden, reeks.infos
    if len(woorden) < 2 or len(set(a.zinsdelen.grootzin)) > 1:
        return None
    kaal = tekst.strip()
    if any(reeks.tekst[reeks.begins[k]].isupper() for k in range(1, len(woorden))):
        return None  # misschien toch een naam ("stopt Jan-Willem bij de bel")

    def vervoegd(k: int) -> bool:
        info = infos[k]
        return woorden[k] != info.lemma and info.kan_werkwoord_zijn and (
            info.persoonsvorm or info.leerwerkwoord or info.lemma in _GEEN_HANDELING)

    vormen = [k for k in range(len(woorden)) if vervoegd(k)]
    if vormen == [0] and hij_vorm(infos[0].lemma) == woorden[0]:
        # "Gaat zelfstandiger naar de wc.": de enige persoonsvorm staat al vooraan
        return f"{persoon[:1].upper()}{persoon[1:]} {kaal[:1].lower()}{kaal[1:]}"
    if vormen:
        return None
    hele = [k for k, w in enumerate(woorden)
            if w.endswith("en") and infos[k].waarneembaar and not infos[k].vaag
            and not (k and woorden[k - 1] in _VOOR_NAAMWOORD)]  # "bij rekenen" is een vak
    if len(hele) != 1 or (hele[0] and woorden[hele[0] - 1] == "te") or (
            hele[0] and kaal[:1].isupper() and not bekend(woorden[0])):
        return None  # "Isa lezen.": misschien een naam vooraan
    k = hele[0]
    partikel, stam = gesplitst(woorden[k])
    vorm = hij_vorm(stam)
    if vorm is None:
        return None
    # "Rustig werken in de klas" → "Sem werkt rustig in de klas": onderwerp, persoonsvorm, rest
    b, e = reeks.begins[k], reeks.einden[k]
    rest = " ".join(f"{tekst[:b]}{partikel}{tekst[e:]}".split())  # plekken in `tekst`
    if rest[:1].isupper() and not reeks.hoofdletter[0]:
        rest = rest[:1].lower() + rest[1:]
    return f"{persoon[:1].upper()}{persoon[1:]} {vorm} {rest}".rstrip()


def _duidelijk_gedrag(a: Analyse) -> bool:
    """Is het gevonden gedrag zeker een werkwoord: een handeling uit de lijst of een persoonsvorm
    met een uitgang ("ruimen", "smeert")? Niet een kaal woord als "rust" ("meer rust in het
    hoofd"), dat ook een naamwoord is."""
    reeks = a.reeks
    groot = set(a.zinsdelen.grootzin)
    if len(reeks.woorden) < 3:
        return False  # "zit" (tijdens het typen): dan liever de leerling in een sjabloon
    if len(groot) > 2 or len(groot) == 2 and reeks.woorden[0] not in ("als", "wanneer", "zodra"):
        return False  # meer zinnen: niet te zien waar de maat hoort ("Als ik boos ben, …" mag)
    if a.gedragplekken:
        eerste = bisect_left(reeks.begins, a.gedragplekken[0][0])
        erna = eerste + 1 < len(reeks.woorden) and (
            reeks.woorden[eerste + 1] in VOORNAAMWOORDEN
            or reeks.hoofdletter[eerste + 1])  # "…, hang ik de kaart om": het onderwerp erna
        if eerste and not erna and (0 in a.gebruikt or reeks.woorden[0] in _GEEN_ONDERWERPWOORD):
            # "Voor de kerst rekent", "In de plusklas bedenkt", "Als ze boos wordt, loopt": na
            # zo'n begin komt het onderwerp pas na de persoonsvorm, en dat is niet gevonden
            return False
    for b, _e in a.gedragplekken:
        k = bisect_left(reeks.begins, b)
        info = reeks.infos[k]
        woord = reeks.woorden[k]
        if info.waarneembaar or (info.werkwoordachtig and not info.vaag and len(woord) > 4
                                 and woord.endswith(("t", "en", "de", "te"))):
            return True
        if " " in reeks.tekst[b:_e] or any(
                p + woord in a.lijsten.waarneembaar for p in reeks.woorden[k + 1 :]
                if p in PARTIKELS):
            return True  # met een partikel: "ruimen … op"
    return False


def _alleen_het_oordeel_erbij(a: Analyse) -> bool:
    """Kost alleen een oordeel naast zichtbaar gedrag het gedrag ("… te luisteren en is
    rustig"), met een onderwerp en persoonsvorm en zonder ontkenning?"""
    if a.oordeel_erbij is None or not _veilig(a):
        return False
    (b, e), _oordeel = a.oordeel_erbij
    return all(v.element != "gedrag" or (b <= v.begin and v.eind <= e) for v in a.vondsten)


def oordeel_vult_gedrag(a: Analyse, ontbreekt: tuple[str, ...]) -> str | None:
    """Het oordeel ("rustig") als het voorstel alleen dat tot een open plek maakte, anders None:
    dan vraagt de check wat je ziet als de leerling zo is."""
    if "gedrag" in ontbreekt and not alleen_manier(a) and _alleen_het_oordeel_erbij(a):
        assert a.oordeel_erbij is not None
        return a.oordeel_erbij[1]
    return None


def wens_vult_gedrag(a: Analyse, ontbreekt: tuple[str, ...]) -> bool:
    """Maakt het voorstel van een wens met een handeling die handeling ("durft … te vertellen"
    → "vertelt …")? Dan vraagt de check of dat het bedoelde gedrag is."""
    return "gedrag" in ontbreekt and not alleen_manier(a) and _wens_wordt_gedrag(a) is not None


def _wens_wordt_gedrag(a: Analyse) -> list[Vervanging] | None:
    """ "Durft in de kring iets te vertellen", "wil zijn vinger opsteken", "leert zijn veters te
    strikken": het hele werkwoord aan het eind van de zin is wat je ziet. De vervangingen maken
    er de persoonsvorm van ("vertelt in de kring iets", "steekt zijn vinger op"); None als de zin
    niet zo gebouwd is, of als er meer mis is met het gedrag dan die wens."""
    if a.werkwoord_plek is None or a.onderwerp_plek is None or a.heeft("negatief"):
        return None
    reeks = a.reeks
    woorden, infos, groot = reeks.woorden, reeks.infos, a.zinsdelen.grootzin
    p = bisect_left(reeks.begins, a.werkwoord_plek[0])
    if not infos[p].leerwerkwoord or woorden[p] == infos[p].lemma:
        return None
    b, e = reeks.begins[p], reeks.einden[p]
    for v in a.vondsten:
        if v.element == "gedrag" and not (v.begin <= b and e <= v.eind):
            return None  # ook iets anders vaags ("durft meer en voelt zich veilig")
    # het laatste woord van de grootzin, vlak voor een leesteken of het eind
    k = p + 1
    if k >= len(woorden):
        return None
    while k + 1 < len(woorden) and groot[k + 1] == groot[p]:
        k += 1
    heel = woorden[k]
    # na "te" is het een heel werkwoord, ook als simplemma het niet kent ("te strikken")
    # zonder "te" alleen een handeling uit de lijst: "verlegen" en "tafels van 8 en" niet
    if (k == p + 1 or len(heel) < 4 or not heel.endswith("en")
            or not (infos[k].waarneembaar or woorden[k - 1] == "te"
                    and (heel == infos[k].lemma or infos[k].werkwoordachtig))
            or reeks.tekst[reeks.einden[k]:].strip()[:1] not in ("", ".", ",", "!", ";")
            or not _FOUTEN.isdisjoint(woorden[p:k])):
        return None  # "durft fouten te maken": de fout is niet wat je wilt zien
    for m in range(p + 1, k):  # één handeling: niet "wil leren lezen"
        w = woorden[m]
        if w.endswith("en") and w == infos[m].lemma and infos[m].werkwoordachtig:
            return None
    vervang: list[Vervanging] = []
    stam, partikel = heel, ""
    if woorden[k - 1] == "te":
        van = reeks.einden[k - 2] if k - 2 > p else reeks.begins[k - 1]
        vervang.append((van, reeks.einden[k], ""))
    else:
        partikel, stam = gesplitst(heel)
        vervang.append((reeks.begins[k], reeks.einden[k], partikel))
        if not partikel:
            vervang[-1] = (reeks.einden[k - 1], reeks.einden[k], "")
    if stam in _GEEN_HANDELING or infos[k].vaag:
        return None
    vorm = ik_vorm(stam) if a.ik_vorm else hij_vorm(stam)
    if vorm is None:
        return None
    if reeks.tekst[b].isupper():
        vorm = vorm[0].upper() + vorm[1:]
    return [(b, e, vorm), *vervang]


def _vakken_zonder_gedrag(
    tekst: str, a: Analyse, ontbreekt: tuple[str, ...], naam: str | None, instrument: str | None
) -> _Vakken:
    """De open plekken voor criterium en termijn, als het voorstel het gedrag zelf regelt."""
    rest = tuple(e for e in ontbreekt if e != "gedrag")
    return _vakken(tekst, a, rest, naam, instrument) if rest else _Vakken()


def _vakken(
    tekst: str, a: Analyse, ontbreekt: tuple[str, ...], naam: str | None, instrument: str | None,
    maat_achteraan: bool = False,
) -> _Vakken:
    """De open plekken voor wat ontbreekt: vervangingen in de tekst, wat er achteraan komt, en
    of de termijn al een plek heeft."""
    vakken = _Vakken()
    # De signalen bij wat ontbreekt: die over het gedrag, en de rest.
    bij_gedrag: list[Vondst] = []
    overige: list[Vondst] = []
    for v in a.vondsten:
        if v.element in ontbreekt and v.soort != "los_getal":
            (bij_gedrag if v.element == "gedrag" else overige).append(v)
    if "gedrag" in ontbreekt:
        _gedragvak(tekst, a, naam, bij_gedrag, vakken)
    # De gedragsignalen staan nu allemaal zelf in `vervang`; van de rest krijgt het eerste
    # criterium een vak en elke termijn "voor [datum]", tenzij ze in een vervanging beginnen.
    criterium_klaar = "criterium" not in ontbreekt
    vakken.termijn_klaar = "termijn" not in ontbreekt
    for v in overige:
        if _bedekt(v.begin, vakken.vervang) or (
                v.soort == "vergelijking" and over_de_taak(tekst[v.begin : v.eind].lower())):
            continue  # "om een moeilijkere opdracht": die vergelijking blijft staan
        if v.element == "criterium" and not criterium_klaar:
            woord = tekst[v.begin : v.eind].lower()
            niveau = _niveau_erna(tekst, v) if v.soort == "vergelijking" else None
            if niveau is not None:  # "op een hoger AVI-niveau" → "op AVI-niveau [x]"
                vakken.vervang.append(niveau)
                _zonder_dan(tekst, niveau[1], vakken)
                criterium_klaar = True
                continue
            elk = _elk_met_naamwoord(tekst, v, woord) or _bijna_foutloos(tekst, v, woord)
            if elk is not None:  # "vrijwel elke pauze" → "in [x] van de [y] pauzes"
                vakken.vervang.append(elk)
                criterium_klaar = True
                continue
            tijd = _VAGE_TIJD.search(tekst, max(0, v.begin - 12))
            if tijd is not None and tijd.start() <= v.begin < tijd.end():
                # "binnen een redelijke tijd": de hele groep wordt de tijd
                vakken.vervang.append((tijd.start(), tijd.end(), "binnen [x] minuten"))
                criterium_klaar = True
                continue
            tempo = _tempo(tekst, v, woord)
            if tempo is not None:  # "rekent sneller", "in een hoger tempo": hoe snel dan?
                vakken.vervang.append((*tempo, _tempovak(a, instrument)))
                criterium_klaar = True
                continue
            vak = (_VAK_BIJ_WOORD.get(woord) or _vak_bij_cijfer(woord)
                   or _vak_voor_naamwoord(woord) or _criteriumvak_bij(a, instrument))
            if domein(a) == "thuis":
                vak = vak.replace("[dag/les]", "[dag/week]")  # thuis zijn er geen lessen
            zo = ZO_MOGELIJK.fullmatch(woord)
            naamwoord = (_NAAMWOORD_ERNA.match(tekst, v.eind) if woord in _AANTAL_ZONDER_MAAT
                         else None)
            if naamwoord is not None and _is_naamwoord(a, naamwoord.start(1)):
                vak = "minstens [x]"  # "maakt zo veel mogelijk sommen": hoeveel sommen?
            elif zo is not None and zo.group(1) not in ZO_HOEVEEL:
                # "maakt haar huiswerk zo netjes mogelijk": wat is netjes? (de vraag noemt het)
                vak = f"{vak} {_hoe_vak(a)}"
            elif woord in _ZICHTBAAR_GRONDWOORD:
                vak = f"{_ZICHTBAAR_GRONDWOORD[woord]} {vak}"
            elif woord in MANIER_TRAP and "gedrag" not in ontbreekt:
                # "schrijft netter": wat je dan ziet, anders zegt "schrijft in [x] van de [y]
                # lessen" niets meer over het netjes schrijven
                vak = f"{vak} {_hoe_vak(a)}"
            vakken.vervang.append((v.begin, v.eind, vak))
            if v.soort == "vergelijking":
                _zonder_dan(tekst, v.eind, vakken)
            criterium_klaar = True
        elif v.element == "termijn":
            # "In de komende periode": het voorzetsel ervoor gaat mee, anders "In voor [datum]"
            ervoor = _VOORZETSEL_TERMIJN.search(tekst, 0, v.begin)
            begin = ervoor.start() if ervoor and ervoor.end() == v.begin else v.begin
            vakken.vervang.append((begin, v.eind, "voor [datum]"))
            vakken.termijn_klaar = True
    if not criterium_klaar:
        if maat_achteraan:  # zonder onderwerp: achter de zin ("[x] van de [y] keer" met komma)
            vak = _criteriumvak_bij(a, instrument)
            vakken.achteraan.append(", " + vak if vak.startswith("[") else vak)
        else:
            _criteriumvak(a, instrument, vakken)
    return vakken


def _gedragvak(
    tekst: str, a: Analyse, naam: str | None, bij_gedrag: list[Vondst], vakken: _Vakken
) -> None:
    """Het vak voor het gedrag: op de plek van het werkwoord, anders van het eerste signaal
    (met het onderwerp erbij als dat erin stond), anders achteraan. De andere signalen over
    het gedrag vallen weg."""
    gedragvak = "[wat je doet]" if a.ik_vorm else "[wat je ziet of hoort]"
    werkwoord = a.werkwoord_plek
    hoofd = None  # het signaal waarin het werkwoord staat
    if werkwoord:
        hoofd = next((v for v in bij_gedrag if v.begin <= werkwoord[0] < v.eind), None)
    if werkwoord and hoofd is None:
        vakken.vervang.append((*werkwoord, gedragvak))
        vakken.gedrag_eind = werkwoord[1]
    elif bij_gedrag:
        if hoofd is None:
            hoofd = bij_gedrag[0]
        vak = gedragvak
        if a.onderwerp_plek and hoofd.begin <= a.onderwerp_plek[0] < hoofd.eind:
            wie_tekst = tekst[a.onderwerp_plek[0] : a.onderwerp_plek[1]]
            if naam and wie_tekst.lower() in DE_LEERLING:
                wie_tekst = naam
            elif wie_tekst.lower() in AFKORTINGEN:
                wie_tekst = "de leerling"
            vak = f"{gedragvak} {wie_tekst}"
        vakken.vervang.append((hoofd.begin, hoofd.eind, vak))
        vakken.gedrag_eind = hoofd.eind
    else:
        vakken.achteraan.append(gedragvak)
    for v in bij_gedrag:
        if v is not hoofd:
            vakken.vervang.append((v.begin, v.eind, ""))


def _criteriumvak(a: Analyse, instrument: str | None, vakken: _Vakken) -> None:
    """Het criteriumvak na het onderwerp, het werkwoord of het gedragvak, wat het verst staat;
    kan dat niet zonder een woord te breken, dan achteraan."""
    na = -1
    if a.onderwerp_plek:
        na = a.onderwerp_plek[1]
    if a.werkwoord_plek and a.werkwoord_plek[1] > na:
        na = a.werkwoord_plek[1]
    if vakken.gedrag_eind is not None and vakken.gedrag_eind > na:
        na = vakken.gedrag_eind
    vak = _criteriumvak_bij(a, instrument)
    taak = next((m for m in _BIJ_TAKEN.finditer(a.reeks.tekst) if m.group(2).lower() in _TAKEN),
                None)
    if taak is not None and (
            domein(a) is None and not _midden_in(taak.start(), vakken.vervang)):
        # "maakt een tekening bij verhaalsommen": tel die taken, "bij [x] van de [y]
        # verhaalsommen", in plaats van een maat die het doel verschuift ("[opgaven] goed")
        vakken.vervang.append((taak.start(), taak.start(2), f"{taak.group(1)} [x] van de [y] "))
        return
    if na >= 0 and vak in _VOORWERPVAKKEN:
        eind = _eind_met_voorwerp(a, na)
        if eind is not None and not _midden_in(eind, vakken.vervang):
            # "schrijft de woorden met ei en ij, [x] van de [y] [opgaven] goed": het vak botst
            # niet met het voorwerp dat er al staat.
            vakken.vervang.append((eind, eind, ", " + vak))
            return
    if na >= 0 and not _midden_in(na, vakken.vervang):
        # "bij [x] van de [y] teksten bij begrijpend lezen": twee keer "bij" leest slecht.
        erna = bisect_left(a.reeks.begins, na)
        if (erna < len(a.reeks.woorden) and vak.startswith("bij ")
                and a.reeks.woorden[erna] == "bij"):
            vak = "in " + vak[4:]
        vakken.vervang.append((na, na, " " + vak))
    else:
        vakken.achteraan.append(vak)


# "zo veel mogelijk sommen", "genoeg woorden": een aantal zonder maat vóór een naamwoord.
_AANTAL_ZONDER_MAAT: Final = frozenset(
    {"zo veel mogelijk", "zoveel mogelijk", "steeds meer", "wat meer", "iets meer", "genoeg"})
_NAAMWOORD_ERNA: Final = re.compile(r"\s+([a-zà-ÿ]+(?:en|s))\b", re.IGNORECASE)
_GEEN_NAAMWOORD: Final = frozenset("tijdens in op bij met voor na als dan dus zelfs is".split())


def _is_naamwoord(a: Analyse, begin: int) -> bool:
    """Is het woord op teken `begin` een naamwoord ("sommen", "boeken"), geen heel werkwoord
    ("lezen") of functiewoord ("is")?"""
    k = bisect_left(a.reeks.begins, begin)
    if k >= len(a.reeks.woorden):
        return False
    woord, info = a.reeks.woorden[k], a.reeks.infos[k]
    return woord not in _GEEN_NAAMWOORD and not (woord == info.lemma and info.werkwoordachtig)


_BOVENGRENS: Final = re.compile(r"(?:hooguit|hoogstens|maximaal|niet meer dan)\b", re.IGNORECASE)
# "bij verhaalsommen", "bij de teksten": de taken waarbij het gedrag moet blijken.
# (Met een vooruitblik, zodat "kijkt zijn werk na bij de sommen" ook "bij de sommen" vindt.)
_BIJ_TAKEN: Final = re.compile(
    r"\b(bij|na)\s+(?=(?:de\s+|alle\s+)?([a-zà-ÿ]+)\b)", re.IGNORECASE)
# Vakken die zelf een voorwerp zijn ("[x] van de [y] [opgaven] goed"): vlak na het werkwoord
# botsen ze met een voorwerp dat er al staat ("oefent [x] … goed de tafels").
_VOORWERPVAKKEN: Final = frozenset({_CRITERIUMVAK["DMT/AVI"], _CRITERIUMVAK["methodetoets"]})
_BEPALEND: Final = frozenset(
    "de het een zijn haar hun mijn z'n m'n je jouw alle die deze dat dit".split()
)


def _eind_met_voorwerp(a: Analyse, na: int) -> int | None:
    """Waar de zin eindigt als er na plek `na` nog een voorwerp of bepaling staat (een bepalend
    woord, of minstens twee woorden die nog geen betekenis kregen, een partikel aan het eind
    niet meegeteld); anders None. Het einde is dat van de grootzin: een leesteken of bijzin."""
    reeks = a.reeks
    erna = bisect_left(reeks.begins, na)
    if erna >= len(reeks.woorden):
        return None
    groot = a.zinsdelen.grootzin
    laatste = erna
    n = len(reeks.woorden)
    while laatste + 1 < n:
        if groot[laatste + 1] == groot[laatste]:
            laatste += 1
        elif reeks.tekst[reeks.einden[laatste]:reeks.begins[laatste + 1]].strip() == "(":
            # "(24 sommen per blad) zonder hulp uit": de zin loopt na de haakjes door
            sluit = reeks.tekst.find(")", reeks.begins[laatste + 1])
            if sluit < 0:
                break
            na_haakje = bisect_left(reeks.begins, sluit)
            if na_haakje >= n or reeks.tekst[sluit + 1:reeks.begins[na_haakje]].strip():
                break  # een leesteken na de haakjes: daar eindigt de zin
            laatste = na_haakje
        else:
            break
    vrij = [k for k in range(erna, laatste + 1) if k not in a.gebruikt]
    if vrij and vrij[-1] == laatste and reeks.infos[laatste].woordsoorten & PARTIKEL:
        vrij.pop()
    if len(vrij) < 2 and not any(reeks.woorden[k] in _BEPALEND for k in vrij):
        return None
    return reeks.einden[laatste]


# Een vergelijking met "dan …" erachter, tot een leesteken ("vaker … dan in september").
_DAN_ERNA: Final = re.compile(r"\s+dan\s+(?:(?!\s(?:en|of|maar)\s)[^,.;:!?])+")
# "een hoger AVI-niveau", "een hoger niveau": het lidwoord, de vergelijking en het niveau.
_NIVEAU: Final = re.compile(r"(?:\b(?:een|het)\s+)?$")


def _zonder_dan(tekst: str, na: int, vakken: _Vakken) -> None:
    """ "vaker haar vinger op dan in september": met de maat valt "dan …" weg, tot een leesteken
    of een volgend zinsdeel met "en", "of", "maar"."""
    dan = _DAN_ERNA.search(tekst, na)
    if dan is not None and not _overlapt(dan.start(), dan.end(), vakken.vervang):
        vakken.vervang.append((dan.start(), dan.end(), ""))


# Een tijd zonder maat: "binnen een redelijke tijd", "in korte tijd".
_VAGE_TIJD: Final = re.compile(
    r"\b(?:binnen|in)\s+(?:een\s+)?(?:redelijke|korte|normale|acceptabele|beperkte|"
    r"aanvaardbare|afzienbare)\s+tijd\b", re.IGNORECASE)
# Een vergelijking van tempo: de maat is dan een tijd, geen aantal keren of lessen.
_TEMPOWOORDEN: Final = frozenset({"sneller", "vlotter", "rapper", "vlugger"})
# "in een hoger tempo", "met een sneller werktempo": de hele groep wordt de maat.
_TEMPOGROEP: Final = re.compile(
    r"\b(?:in|op|met)\s+een\s+(?:hoger|sneller|vlotter)\s+(?:werk|reken|lees)?tempo\b",
    re.IGNORECASE)


def _tempo(tekst: str, v: Vondst, woord: str) -> Span | None:
    """De plek die de tijdmaat krijgt als de vergelijking over tempo gaat, anders None."""
    if v.soort != "vergelijking":
        return None
    for m in _TEMPOGROEP.finditer(tekst):
        if m.start() <= v.begin < m.end():
            return m.start(), m.end()
    return (v.begin, v.eind) if woord in _TEMPOWOORDEN else None


def _tempovak(a: Analyse, instrument: str | None) -> str:
    """Hoe snel, naar het vak: woorden per minuut bij lezen, sommen in een tijd bij rekenen,
    anders een tijd."""
    woorden = a.reeks.woorden
    rekenen, lezen = (not lijst.isdisjoint(woorden) for lijst, _, _, _ in (_VAKKEN[0], _VAKKEN[2]))
    if instrument == "DMT/AVI" or lezen and not rekenen:
        return _CRITERIUMVAK["DMT/AVI"]
    if rekenen and _TAKEN_GENOEMD.isdisjoint(woorden):
        return "[x] [sommen] goed binnen [y] minuten"  # "rekent sneller": hoeveel in welke tijd
    return "binnen [x] minuten"  # "maakt de tafelsommen vlotter": die sommen, binnen een tijd


_TAKEN_GENOEMD: Final = _TAKEN | frozenset(
    "keersommen deelsommen plussommen minsommen tafelsommen tafels breuken".split())


def _niveau_erna(tekst: str, v: Vondst) -> Vervanging | None:
    """ "Op een hoger AVI-niveau": het lidwoord, de vergelijking en het niveau worden
    "AVI-niveau [x]"; None als er geen niveau direct achter de vergelijking staat."""
    erna = re.match(r"\s+([\w-]*niveau)\b", tekst[v.eind:])
    if erna is None:
        return None
    ervoor = _NIVEAU.search(tekst, 0, v.begin)
    begin = ervoor.start() if ervoor else v.begin
    return begin, v.eind + erna.end(), f"{erna.group(1)} [x]"


# Meervouden van wat je telt na "elke" ("elke pauze" → "pauzes"), ook achter in een
# samenstelling ("rekenles" → "rekenlessen"). Bij een ander woord staat het zelf als open plek.
_MEERVOUD: Final = {
    "les": "lessen", "dag": "dagen", "week": "weken", "ochtend": "ochtenden",
    "middag": "middagen", "pauze": "pauzes", "toets": "toetsen", "opdracht": "opdrachten",
    "kring": "kringen", "beurt": "beurten", "situatie": "situaties", "taak": "taken",
    "som": "sommen", "ruzie": "ruzies", "overgang": "overgangen", "keer": "keer",
    "dictee": "dictees", "conflict": "conflicten", "moment": "momenten", "gesprek": "gesprekken",
}


# Wat je maakt of doet, geen moment waarin: "maakt bijna elk dictee foutloos" wordt "maakt [x]
# van de [y] dictees foutloos", zonder "in".
_GEMAAKT: Final = frozenset({"toets", "opdracht", "taak", "som", "dictee"})
_VOORZETSEL_VOOR_ELK: Final = re.compile(r"\b(?:in|bij|op|tijdens|na|voor)\s+$", re.IGNORECASE)


def _elk_met_naamwoord(tekst: str, v: Vondst, woord: str) -> Vervanging | None:
    """ "Vrijwel elke pauze": het voorbehoud en het naamwoord worden "in [x] van de [y] pauzes"."""
    if woord.rsplit(" ", 1)[-1] not in ("elke", "elk"):
        return None
    erna = re.match(r"\s+([a-zà-ÿ]+)", tekst[v.eind:])
    if erna is None:
        return None
    naamwoord = erna.group(1)
    eind = next((k for k in _MEERVOUD if naamwoord.lower().endswith(k)), None)
    meervoud = (naamwoord[: len(naamwoord) - len(eind)] + _MEERVOUD[eind]) if eind else None
    # "in bijna elke les", "bij vrijwel elke ruzie": het voorzetsel staat er al
    voorzetsel = ("" if eind in _GEMAAKT or _VOORZETSEL_VOOR_ELK.search(tekst, 0, v.begin)
                  else "in ")
    if meervoud is None:  # de gebruiker vult het meervoud in; "groet bijna elke juf": geen "in"
        return v.begin, v.eind + erna.end(), f"[x] van de [y] [{naamwoord}]"
    return v.begin, v.eind + erna.end(), f"{voorzetsel}[x] van de [y] {meervoud}"


def _bijna_foutloos(tekst: str, v: Vondst, woord: str) -> Vervanging | None:
    """ "Grotendeels foutloos", "bijna foutloos": hoeveel fouten mogen er dan zijn?"""
    if woord.endswith("foutloos"):
        return v.begin, v.eind, "met hooguit [x] fouten"
    erna = re.match(r"\s+foutloos\b", tekst[v.eind:])
    if erna is None:
        return None
    return v.begin, v.eind + erna.end(), "met hooguit [x] fouten"


def _vak_voor_naamwoord(woord: str) -> str | None:
    """ "Bijna alle keersommen", "de meeste woorden": het naamwoord erachter blijft staan, het
    voorbehoud wordt een aantal van een totaal ("in de meeste lessen": "in [x] van de [y]")."""
    if woord.rsplit(" ", 1)[-1] not in ("alle", "meeste"):
        return None
    voorzetsel = woord.split(" ", 1)[0]
    return f"{voorzetsel} [x] van de [y]" if voorzetsel in ("in", "bij", "op") else "[x] van de [y]"


def _vak_bij_cijfer(woord: str) -> str | None:
    """Een cijfer of score zonder getal krijgt een vak in dezelfde soort maat."""
    if "cijfer" in woord:
        return "minstens een [cijfer]"
    if "scoren" in woord:
        return "minstens [x] punten scoren"
    if "score" in woord:
        return "een score van minstens [x]"
    return None


def _zonder_los_voegwoord(zin: str) -> str:
    """Zonder spatie voor een komma, en zonder los voegwoord aan het eind of vóór een komma.
    Na het samenvoegen van de witruimte kan zo'n voegwoord alleen zo staan; alleen dan is de
    reguliere expressie nodig."""
    if "," in zin:
        zin = zin.replace(" ,", ",")
    if zin.endswith((" en", " maar", " of")) or " en," in zin or " of," in zin or " maar," in zin:
        zin = _LOS_VOEGWOORD.sub("", zin)
    return zin


def _vervangen(tekst: str, vervang: list[Vervanging]) -> str:
    """De tekst met de vervangingen erin, van achter naar voren zodat de plekken kloppen."""
    if len(vervang) == 1:  # het gewone geval
        b, e, t = vervang[0]
        return tekst[:b] + t + tekst[e:]
    for b, e, t in sorted(_zonder_overlap(vervang), key=lambda v: (v[0], v[1]), reverse=True):
        tekst = tekst[:b] + t + tekst[e:]
    return tekst


# Vervangingen zijn er per doel hooguit een paar: een gewone lus is sneller dan any() met een
# generator.


def _bedekt(plek: int, vervang: list[Vervanging]) -> bool:
    """Begint een vervanging op of vóór deze plek en loopt ze er voorbij?"""
    for b, e, _t in vervang:
        if b <= plek < e:
            return True
    return False


def _overlapt(begin: int, eind: int, vervang: list[Vervanging]) -> bool:
    for b, e, _t in vervang:
        if b < eind and begin < e:
            return True
    return False


def _midden_in(plek: int, vervang: list[Vervanging]) -> bool:
    """Valt deze plek strikt binnen een vervanging (een invoeging daar breekt een woord)?"""
    for b, e, _t in vervang:
        if b < plek < e:
            return True
    return False


def _zonder_overlap(vervang: list[Vervanging]) -> list[Vervanging]:
    """Twee signalen kunnen woorden delen: dan één vervanging over beide (de tekst van de
    eerste), anders breekt de zin midden in een woord. Een invoeging daarbinnen vervalt."""
    stukken: list[Vervanging] = []
    for b, e, t in vervang:
        if b < e:
            for k, (b2, e2, t2) in enumerate(stukken):
                if b2 < e2 and b < e2 and b2 < e:
                    stukken[k] = (min(b, b2), max(e, e2), t2)
                    break
            else:
                stukken.append((b, e, t))
        else:
            stukken.append((b, e, t))
    # Een invoeging (b == e) ligt nooit strikt binnen een andere invoeging.
    return [(b, e, t) for b, e, t in stukken if b < e or not _midden_in(b, stukken)]


def _met_termijn(
    zin: str, a: Analyse, tekst: str, vervang: list[Vervanging], naam: str | None
) -> str:
    """Zet "Voor [datum]" vooraan met inversie ("Voor [datum] steekt Sem …") als dat kan."""
    werkwoord_plek = a.werkwoord_plek
    if (
        a.begint_met_onderwerp
        and werkwoord_plek
        and a.onderwerp_plek
        and not _bedekt(werkwoord_plek[0], vervang)
    ):
        onderwerp = tekst[a.onderwerp_plek[0] : a.onderwerp_plek[1]]
        if naam and onderwerp.lower() in DE_LEERLING:
            onderwerp = naam
        elif onderwerp.lower() in AFKORTINGEN:
            onderwerp = "de leerling"
        elif onderwerp.lower() in ("ik", "de leerling", "hij", "zij", "ze"):
            onderwerp = onderwerp.lower()
        werkwoord = tekst[werkwoord_plek[0] : werkwoord_plek[1]]
        plek = zin.find(" " + werkwoord)
        if plek >= 0:
            rest = zin[plek + 1 + len(werkwoord) :]
            return f"Voor [datum] {werkwoord} {onderwerp}{rest}"
    return f"{zin}, uiterlijk op [datum]"


# Waar het doel over gaat, aan een paar woorden te zien: dat bepaalt de eenheid in het vak.
_THUIS: Final = frozenset(
    "thuis avond avonds ouders moeder vader bed bedtijd tanden slapen weekend huiswerk "
    # een dagelijkse routine: ook die tel je in dagen ("zet zelf zijn tas klaar")
    "tas schooltas ontbijt boterhammen aankleden douchen wekker".split()
)
_LEESSTRATEGIE: Final = frozenset(
    "strategie leesstrategie leesstrategieën voorspellen voorspelt samenvatten vat hoofdzaak "
    "begrijpend titel".split()
)
_DOMEINVAK: Final = {
    # "op [x] van de 7 dagen voor de kerst" las als de week vóór de kerst (review helper 41)
    "thuis": "op [x] dagen per week",
    "leesstrategie": "bij [x] van de [y] teksten",
}


# Welke sommen het doel noemt: "de tafels van 6, 7 en 8", "breuken", "keersommen". Het voorstel
# telt die sommen, in plaats van "[sommen]".
_TAFELS: Final = re.compile(
    r"\b(?:de\s+)?tafels?(?:\s+van\s+\d{1,2}(?:\s*(?:,|en|t/m|tot en met|tot)\s*\d{1,2})*)?",
    re.IGNORECASE)
_SOMMEN_WOORD: Final = re.compile(r"\b([a-z]+sommen)\b", re.IGNORECASE)
_SPLITSINGEN: Final = re.compile(r"\b(splitsingen(?:\s+tot\s+\d{1,3})?)", re.IGNORECASE)
_BREUKEN: Final = re.compile(r"\b(breuken|kommagetallen|procenten|verhoudingen)\b", re.IGNORECASE)


# "de spellingcategorieën van groep 6": het voorstel telt woorden uit die categorieën.
_CATEGORIEEN: Final = re.compile(
    r"\bde\s+(?:spelling)?(?:categorieën|regels)(?:\s+van\s+(?:groep|blok)\s+\d{1,2})?",
    re.IGNORECASE)


def _met_stof(maat: str, tekst: str) -> str:
    """De maat van het vak met de stof die het doel noemt: "[sommen]" wordt "sommen van de
    tafels van 6, 7 en 8", "[woorden]" "woorden uit de spellingcategorieën van groep 6"."""
    if "[sommen]" in maat:
        return maat.replace("[sommen]", _sommen_van(tekst))
    categorie = _CATEGORIEEN.search(tekst) if "[woorden]" in maat else None
    if categorie is None:
        return maat
    groep = categorie.group(0).lower()
    return maat.replace("[woorden]", f"woorden {'volgens' if 'regels' in groep else 'uit'} {groep}")


def _sommen_van(tekst: str) -> str:
    """ "sommen van de tafels van 6, 7 en 8", "keersommen", "sommen met breuken" of "[sommen]"."""
    m = _TAFELS.search(tekst)
    if m:
        tafels = m.group(0).lower()
        if not tafels.startswith("de "):
            tafels = "de " + tafels
        if tafels in ("de tafel", "de tafels"):
            return "tafelsommen"
        return f"sommen van {tafels}"
    m = _SOMMEN_WOORD.search(tekst) or _SPLITSINGEN.search(tekst)
    if m:
        return m.group(1).lower()
    m = _BREUKEN.search(tekst)
    if m:
        return f"sommen met {m.group(1).lower()}"
    return "[sommen]"


_AVI: Final = re.compile(r"\bAVI[- ]?(?:niveau\s+)?[A-Z]?\d{1,2}\b|\bAVI[- ]?plus\b", re.IGNORECASE)


def _vak_met_eigen_maat(
    a: Analyse, tekst: str, termijn: str, persoon: str
) -> tuple[str, str] | None:
    """Een vaag doel over een vak dat al een maat heeft: "zit in januari op AVI-E3" → "leest Finn
    een tekst op AVI-E3"; "heeft in 4 van de 5 lessen de tafels van 6 en 7 onder de knie" →
    "rekent Sem in 4 van de 5 lessen de sommen van de tafels van 6 en 7 goed uit". Geeft het
    werkwoord van het vak en de zin, of None."""
    avi = _AVI.search(tekst)
    if avi is not None and domein(a) is None:
        werkwoord, wie_ = ("lees", "ik") if a.ik_vorm else ("leest", persoon)
        zin = f"{termijn} {werkwoord} {wie_} een tekst op {avi.group(0)}."
        return "leest", zin[:1].upper() + zin[1:]
    vak = _vak_van(a, tekst)
    if vak is None:
        return None
    hij, ik, maat = vak
    werkwoord, wie_ = (ik, "ik") if a.ik_vorm else (hij, persoon)
    b, e = max(_samengevoegd(a.criteriumplekken), key=lambda s: s[1] - s[0])
    if not (maat.startswith("[x] van de [y] ") and _DEEL_IN_LESSEN.fullmatch(tekst[b:e])):
        return None
    erna = _WAT_ERNA.match(tekst, e)
    eenheid = erna.group(0).split()[0] if erna else ""  # "lessen", "dictees", "sommen"
    rest = maat.removeprefix("[x] van de [y] ")
    if eenheid.lower().endswith(("sommen", "opgaven", "woorden", "splitsingen")):
        # "7 van de 10 verhaalsommen": de maat telt de stof zelf
        stof = _sommen_van(tekst) if eenheid.lower() == "sommen" else eenheid
        stof = eenheid if stof == "[sommen]" else stof
        rest = re.sub(r"\[(?:sommen|woorden)\]", stof, rest)
        zin = f"{termijn} {werkwoord} {wie_} {tekst[b:e]} {rest}."
    else:  # "in 4 van de 5 lessen": de maat telt de gelegenheden, de stof komt erachter
        voorzetsel = _EIGEN_VOORZETSEL.search(tekst, 0, b)
        rest = _met_stof(rest, tekst).replace("[woorden]", "woorden")
        zin = (f"{termijn} {werkwoord} {wie_} "
               f"{voorzetsel.group(1).lower() if voorzetsel else 'in'} {tekst[b:e]} {eenheid} "
               f"de {rest}.")
    zin = " ".join(zin.split())
    return hij, zin[:1].upper() + zin[1:]


# "4 van de 5" (met "lessen" erachter): een maat over de gelegenheden, niet over de stof.
_DEEL_IN_LESSEN: Final = re.compile(r"\d{1,2}\s+van\s+de\s+\d{1,2}")


def vak_vult_gedrag(tekst: str, a: Analyse, ontbreekt: tuple[str, ...]) -> str | None:
    """Het werkwoord van het vak ("leest", "rekent", "schrijft") als het sjabloon dat voor het
    gedrag invult ("beter in lezen" → "leest Daan [x] woorden per minuut"), anders None. Dan
    hoeft de vraag niet meer naar wat je ziet, maar naar wat er gelezen of gerekend wordt."""
    if "gedrag" not in ontbreekt or a.heeft("negatief") or _wens_wordt_gedrag(a):
        return None  # "leert de tafels opzeggen": het voorstel zegt het al ("zegt … op")
    if "criterium" not in ontbreekt:  # "zit op AVI-E3" → "leest … een tekst op AVI-E3"
        if not a.criteriumplekken:
            return None
        met_maat = _vak_met_eigen_maat(a, tekst, "", "")
        return None if met_maat is None else met_maat[0]
    vak = _vak_van(a, tekst)
    if vak is not None and vak[0] == "rekent" and _automatiseert(a):
        return "rekent vlot"  # de vraag naar de maat noemt ook de tijd
    return None if vak is None else vak[0]


def _automatiseert(a: Analyse) -> bool:
    """ "Automatiseert de tafels": wat je ziet is dat de sommen goed én vlot gaan."""
    return any("automatiseren" in info.vormen or info.woord == "geautomatiseerd"
               for info in a.reeks.infos)


def domein(a: Analyse) -> str | None:
    """ "thuis", "leesstrategie" of None (de klas: lessen, opgaven, gedrag)."""
    woorden = set(a.reeks.woorden)
    if not woorden.isdisjoint(_THUIS):
        return "thuis"
    if not woorden.isdisjoint(_LEESSTRATEGIE) or (
            not woorden.isdisjoint(_BEGRIJPEN) and not woorden.isdisjoint(_LEZEN)):
        return "leesstrategie"  # ook "begrijpt wat ze leest": begrijpend lezen, geen tempo
    return None


_BEGRIJPEN: Final = frozenset("begrijpt begrijpen begrip snapt snappen".split())
_LEZEN: Final = frozenset("leest lezen lees tekst teksten verhaal verhalen boek boeken".split())


# Een vaag doel over een vak ("Milan wordt beter in de tafels") krijgt in het sjabloon het
# werkwoord en de maat van dat vak, in plaats van "[doet] … [wat je ziet of hoort]": wat je bij
# rekenen ziet, is dat het kind sommen goed uitrekent. Per vak: de woorden waaraan het te zien
# is, het werkwoord (hij/zij, ik) en de maat erachter.
_VAKKEN: Final = (
    (frozenset("rekenen rekent som sommen keersommen deelsommen plussommen minsommen "
               "verhaalsommen tafels tafelsommen breuken rekentoets kommagetallen decimalen "
               "splitsingen procenten".split()),
     "rekent", "reken", "[x] van de [y] [sommen] goed uit"),
    (frozenset("spelling spellen spelt dictee spellingtoets spellingwoorden spellingcategorieën "
               "spellingregels".split()),
     "schrijft", "schrijf", "[x] van de [y] [woorden] goed"),
    (frozenset("lezen leest leestempo avi dmt leesniveau".split()),
     "leest", "lees", "[x] woorden per minuut"),
)


# Wat een doel over het vak zelf zegt: beter worden, vooruitgaan, leren, beheersen. Alleen dan
# gaat het doel over het vak ("beter worden in de tafels"); "minder bang voor de rekentoets" of
# "zich beter concentreren bij rekenen" gaan over iets anders.
_VERBETER: Final = frozenset(
    "beter vooruit vooruitgaan verbetert verbeteren verbeter ontwikkelt ontwikkelen leert leren "
    "leer beheerst beheersen beheers kent kennen snapt snappen begrijpt begrijpen automatiseert "
    "automatiseren geautomatiseerd knie vorderingen vooruitgang inzicht groeit groeien wordt "
    "worden wil willen weet weten vloeiend vloeiender"
    .split())
# Na deze woorden is het vak de situatie, niet het onderwerp: "samenwerken bij rekenen".
_VAK_ALS_SITUATIE: Final = frozenset({"bij", "tijdens", "voor", "na"})


def _vak_van(a: Analyse, tekst: str) -> tuple[str, str, str] | None:
    """Het werkwoord en de maat van het ene vak waar het doel over gaat; None bij geen of meer
    dan één vak, thuis of een leesstrategie (die hebben hun eigen eenheid), een signaal dat over
    iets anders gaat dan beter worden in het vak, of een vak dat alleen de situatie is."""
    if domein(a) is not None:
        return None
    woorden = a.reeks.woorden
    gevonden = [(lijst, hij, ik, maat) for lijst, hij, ik, maat in _VAKKEN
                if not lijst.isdisjoint(woorden)]
    if len(gevonden) != 1:
        return None
    lijst, hij, ik, maat = gevonden[0]
    for v in a.vondsten:
        if (v.element == "gedrag" or v.soort == "vergelijking") and _VERBETER.isdisjoint(
                tekst[v.begin:v.eind].lower().split()):
            return None
    if _alleen_als_situatie(woorden, [k for k, w in enumerate(woorden) if w in lijst]):
        return None
    return hij, ik, maat


def _alleen_als_situatie(woorden: list[str], plekken: list[int]) -> bool:
    """Staat het vak op elk van die plekken na "bij", "tijdens", "voor" of "na" (de situatie)?"""
    return all(k and woorden[k - 1] in _VAK_ALS_SITUATIE for k in plekken)


def _noemt_vak(a: Analyse) -> bool:
    """Staat er een woord uit een van de vakken (rekenen, spelling, lezen) in het doel?"""
    woorden = a.reeks.woorden
    return any(not lijst.isdisjoint(woorden) for lijst, _, _, _ in _VAKKEN)


def _criteriumvak_bij(a: Analyse, instrument: str | None) -> str:
    """Het criteriumvak: thuis dagen, bij een leesstrategie teksten, anders naar het
    meetinstrument (woorden per minuut, opgaven goed, rubric) of lessen."""
    vak = _DOMEINVAK.get(domein(a) or "")
    if instrument in _CRITERIUMVAK and _vak_alleen_situatie(a):
        return vak or _standaardvak(a)  # "bij rekenen zijn vinger opsteken": de les, geen toets
    return vak or _CRITERIUMVAK.get(instrument) or _standaardvak(a)


def _vak_alleen_situatie(a: Analyse) -> bool:
    """Staat elk woord van een vak (rekenen, spelling, lezen) na "bij", "tijdens", "voor" of
    "na"? Dan is het vak de situatie, niet wat gemeten wordt."""
    woorden = a.reeks.woorden
    plekken = [k for k, w in enumerate(woorden) if _vakwoord(w)]
    return bool(plekken) and _alleen_als_situatie(woorden, plekken)


def _vakwoord(woord: str) -> bool:
    """Hoort het woord bij een van de vakken (rekenen, spelling, lezen)?"""
    return any(woord in lijst for lijst, _, _, _ in _VAKKEN)


def _standaardvak(a: Analyse) -> str:
    """Lessen, of keren bij een aanleiding ("als hij boos wordt", "bij verlies")."""
    if _aanleiding(a) is not None or not _AANLEIDINGWOORDEN.isdisjoint(a.reeks.woorden):
        return _KEERVAK
    # "gaat naar de wc", "in de bus": de plek zegt wat je telt (review helpers 41-43)
    eenheid = next((_EENHEID_BIJ_PLEK[w] for w in a.reeks.woorden if w in _EENHEID_ZONDER_LES),
                   None)
    if eenheid is None:
        return _STANDAARDVAK
    voorzetsel = "bij" if eenheid.endswith("bezoeken") else "op" if eenheid == "middagen" else "in"
    return f"{voorzetsel} [x] van de [y] {eenheid}"


# Plekken waar je geen lessen telt; de rest van _EENHEID_BIJ_PLEK (plein, gym, kring) geeft
# zijn eenheid via de situatie in het sjabloon.
_EENHEID_ZONDER_LES: Final = frozenset({"wc", "toilet", "bus", "taxi", "overblijf", "tso", "bso"})


# Een naamwoord voor een moment waarop het gedrag moet blijken ("omgaan met verlies", "bij
# boosheid"): ook dan tel je keren.
_AANLEIDINGWOORDEN: Final = frozenset(
    "verlies verliezen boosheid woede frustratie frustraties teleurstelling teleurstellingen "
    "tegenslag tegenslagen kritiek ruzie ruzies conflict conflicten verandering veranderingen "
    "overgangen overgang plagen geplaagd uitdagen".split()
)


# Een aanleiding in een bijzin ("als hij boos wordt", "wanneer een klasgenoot haar plaagt"): het
# gedrag hoort bij die momenten, dus tel je keren. Niet "als het nodig is" (dat is vaag) en
# niet een vergelijking ("net zo snel als de groep").
_AANLEIDING: Final = re.compile(
    r"\b(?i:als|wanneer|zodra)\s+(?:hij|zij|ze|ik|er|iemand|een|de|het|zijn|haar|[A-Z][a-zë]+)"
    r"\s+(?!nodig\b)[^,.;:!?]*")
_KEERVAK: Final = "[x] van de [y] keer"


def _aanleiding(a: Analyse) -> Span | None:
    """De plek van de bijzin met de aanleiding, of None."""
    if "als" not in a.reeks.woorden and "wanneer" not in a.reeks.woorden and (
            "zodra" not in a.reeks.woorden):
        return None
    m = _AANLEIDING.search(a.reeks.tekst)
    if m is None or "nodig" in m.group(0).split():
        return None
    return m.start(), m.end()


def _veilig(a: Analyse) -> bool:
    """Kan het voorstel de zin zelf houden? Alleen met een onderwerp en een persoonsvorm, en
    zonder gedrag dat alleen ontkend is."""
    if a.onderwerp_plek is None or a.werkwoord_plek is None:
        return False
    return not a.heeft("negatief")


def _sjabloon(
    tekst: str, a: Analyse, ontbreekt: tuple[str, ...], instrument: str | None, persoon: str
) -> str:
    """Een schone zin als de eigen zin niet te houden is: de leerling bij naam (of "de
    leerling"), met wat al gevonden is (termijn, criterium) en open plekken voor de rest. Bij
    een ontkend doel komt het ongewenste werkwoord er niet in: gevraagd wordt wat wél."""
    if "termijn" not in ontbreekt and a.termijnplekken:
        b, e = a.termijnplekken[0]
        for b2, e2 in a.termijnplekken[1:]:  # "voor het eind van blok" en "eind van blok 2"
            if (b2 < e and b < e2) or (b2 > e and tekst[e:b2] in _TUSSEN_TERMIJNEN):
                b, e = min(b, b2), max(e, e2)  # ook "het toetsmoment" + " van " + "januari"
        ervoor = _VOORZETSEL_ERVOOR.search(tekst, 0, b)  # "voor de" vóór "kerstvakantie"
        if ervoor and ervoor.end() == b:
            b = ervoor.start()
        termijn = tekst[b:e]
        if termijn[:1].isdigit():
            termijn = "op " + termijn
        elif termijn.split(" ", 1)[0].lower().endswith(_MOMENT_ACHTER):
            termijn = "bij de " + termijn  # "evaluatie feb" → "bij de evaluatie feb"
        elif termijn.split(" ", 1)[0].lower() not in _TERMIJNBEGIN:
            termijn = "voor " + termijn
    else:
        termijn = "voor [datum]"
    criterium = _criteriumvak_bij(a, instrument)
    if "criterium" not in ontbreekt and a.criteriumplekken:
        stukken = _samengevoegd(a.criteriumplekken)
        for m in range(len(stukken) - 1, 0, -1):  # "45" + " " + "woorden per minuut"
            if not tekst[stukken[m - 1][1] : stukken[m][0]].strip() and tekst[
                    stukken[m - 1][0] : stukken[m - 1][1]].strip().isdigit():
                stukken[m - 1 : m + 1] = [(stukken[m - 1][0], stukken[m][1])]
        b, e = max(stukken, key=lambda s: s[1] - s[0])
        gevonden = tekst[b:e]
        if gevonden[-1:].isdigit() and not _NIVEAU_IN_ZIN.search(gevonden):
            # "9 van de 10" zonder wat: tot twee woorden erachter (niet na "AVI-niveau E5")
            # Niet verder dan een signaal: "in 4 van de 5 lessen [zijn best]" houdt "lessen".
            grens = min((v.begin for v in a.vondsten if v.begin >= e), default=len(tekst))
            erna = _WAT_ERNA.match(tekst, e, grens)
            woorden = erna.group(0).split() if erna else []
            if woorden and woorden[0].lower() not in _GEEN_EENHEID:
                hoe = woorden[1:2] if (woorden[1:2] and woorden[1].lower() in _HOE_GOED
                                       and woorden[0].lower() not in _GELEGENHEDEN) else []
                gevonden += " " + " ".join([woorden[0], *hoe])
        elif gevonden.endswith("%"):
            erna = _VAN_ERNA.match(tekst, e)
            gevonden += erna.group(0) if erna else ""
        grenswoord = _GRENS_ERVOOR.search(tekst, 0, b)
        if grenswoord and not gevonden.lower().startswith(grenswoord.group(1).lower()):
            gevonden = f"{grenswoord.group(1).lower()} {gevonden}"  # "hooguit één keer per week"
        # Alleen een maat die in een nieuwe zin iets zegt ("4 van de 5", "hooguit twee keer");
        # een los aantal ("twee", "minimaal 10 nieuwe") hoort vaak bij het aanbod.
        if _NIVEAU_IN_ZIN.search(gevonden) and not _MAAT_IN_ZIN.search(
                re.sub(r"(?i)\bniveau\b", "", gevonden)):
            # "minimaal een III", "minimaal niveau III": een niveau, "met" ervoor leest als zin
            ervoor = _OP_NIVEAU_ERVOOR.search(tekst, 0, b)  # "op niveau 1F" houdt "op niveau"
            criterium = (gevonden if gevonden.split(" ", 1)[0].lower() in ("op", "met", "bij", "in")
                         else f"{ervoor.group(0).strip().lower()} {gevonden}" if ervoor
                         else f"met {gevonden}")
        elif _MAAT_IN_ZIN.search(gevonden):
            # "in 4 van de 5 lessen", "in 80% van de lessen", maar "4 keer per week"
            getal = _GRENS_VOORAAN.sub("", gevonden)  # "maximaal 1 van de 5": ook een deel
            deel = getal[:1].isdigit() and (" van " in getal or "%" in getal or "/" in getal)
            if deel:  # het eigen voorzetsel ("bij 4 van de 5 teksten"), anders "in"
                ervoor = _EIGEN_VOORZETSEL.search(tekst, 0, b)
                laatste = gevonden.rsplit(" ", 1)[-1].lower()
                if ervoor:
                    voorzetsel = ervoor.group(1).lower()
                elif laatste in _HOE_GOED or laatste in ("keer", "maal"):
                    # "8 van de 10 sommen goed": een voorwerp; "4 van de 5 keer" zonder "in"
                    voorzetsel = ""
                elif laatste in _TAKEN:  # "bij 80% van de woorden", niet "in"
                    voorzetsel = "bij"
                elif laatste in _OP_DAGEN:
                    voorzetsel = "op"
                else:
                    voorzetsel = "in"
                criterium = f"{voorzetsel} {gevonden}".lstrip()
            else:
                criterium = gevonden
            if _BOVENGRENS.match(gevonden) and "fout" not in gevonden.lower():
                # "verveelt zich hooguit één keer per week": de grens gaat over wat niet mag;
                # het sjabloon vraagt wat je wél ziet, dus ook hoe vaak dat moet ("hooguit één
                # fout" blijft: minder fouten is wel wat je wilt zien)
                criterium = _criteriumvak_bij(a, instrument)
    wel = a.heeft("negatief")
    if not wel and "criterium" not in ontbreekt and a.criteriumplekken:
        met_maat = _vak_met_eigen_maat(a, tekst, termijn, persoon)
        if met_maat is not None:
            return met_maat[1]
    vak = _vak_van(a, tekst) if "criterium" in ontbreekt and not wel else None
    if vak is not None:
        hij, ik, maat = vak
        if hij == "rekent" and _automatiseert(a):  # vlot: binnen een tijd per som
            maat = maat.replace(" goed uit", " goed uit, elke som binnen [z] seconden")
        werkwoord, wie_ = (ik, "ik") if a.ik_vorm else (hij, persoon)
        zin = f"{termijn} {werkwoord} {wie_} {_met_stof(maat, tekst)}."
        return zin[:1].upper() + zin[1:]
    if "criterium" in ontbreekt and not wel and _noemt_vak(a):
        # "Minder bang voor de rekentoets", "plezier in lezen": het doel gaat niet over het
        # vak zelf, dus ook niet de maat van het vak (opgaven goed, woorden per minuut)
        criterium = _DOMEINVAK.get(domein(a) or "") or _standaardvak(a)
    if a.ik_vorm:
        werkwoord, wie_, wat = "[doe]", "ik", "[wat je wél doet]" if wel else "[wat je doet]"
    else:
        werkwoord, wie_ = "[doet]", persoon
        wat = "[wat je wél ziet of hoort]" if wel else "[wat je ziet of hoort]"
    aanleiding = _aanleiding(a)
    bezet = [*a.termijnplekken, *a.criteriumplekken]
    volwassen = a.heeft("volwassene")
    if aanleiding is not None and not volwassen and not raakt(*aanleiding, bezet):
        # Niet bij "wordt door de juf beloond als hij rustig werkt": daar is de bijzin het doel
        # "als ze verliest": de aanleiding komt achteraan, met de keren als maat
        if "criterium" in ontbreekt and domein(a) is None:
            criterium = _KEERVAK
        bijzin = tekst[slice(*aanleiding)].strip()
        if aanleiding[0] == 0:  # "Als Yara boos wordt, …" vooraan: achteraan zonder hoofdletter
            bijzin = bijzin[:1].lower() + bijzin[1:]
        zin = f"{termijn} {werkwoord} {wie_} {wat} {criterium} {bijzin}."
        return zin[:1].upper() + zin[1:]
    situatie = _situatie(a)
    if situatie:  # "bij rekenen", "op het plein": waar het gedrag te zien moet zijn
        wat = f"{situatie[0]} {wat}"
        if criterium == _STANDAARDVAK and situatie[1]:
            criterium = f"in [x] van de [y] {situatie[1]}"  # op het plein: pauzes, geen lessen
    zin = f"{termijn} {werkwoord} {wie_} {wat} {criterium}."
    return zin[:1].upper() + zin[1:]


# Waar het gedrag te zien is: een voorzetsel met een naamwoord ("bij rekenen", "in de kring",
# "tijdens de weektaak"). Het voorstel houdt die plek, zodat de leerkracht niet opnieuw hoeft
# te zeggen waar het over gaat. "Op" en "in" horen vaak bij het werkwoord ("reageert op
# kritiek", "zich inleven in een ander"): "op" alleen bij een plek, "in" alleen met "de" of "het".
_SITUATIE_VOORZETSELS: Final = frozenset({"bij", "tijdens", "in", "op"})
_OP_PLEK: Final = frozenset("plein schoolplein school gang trap sportveld speelplaats".split())
_LIDWOORD: Final = frozenset("de het een zijn haar hun z'n".split())
# Voor het naamwoord, dat er dan ook bij moet: "bij het zelfstandig werken".
_BIJVOEGLIJK: Final = frozenset(
    "technisch begrijpend studerend zelfstandig eigen grote kleine hele sociale nieuwe "
    "andere".split()
)
# Na een voorzetsel, maar geen plek: een toestand ("in het hoofd"), een tijd of een maat ("in
# groep 5"), een voornaamwoord ("bij zich") of een vaste verbinding ("in plaats van").
_GEEN_SITUATIE: Final = frozenset(
    "hoofd vel lijf orde staat plaats tijd tijden stand algemeen bijzonder geheel verband "
    "termijn niveau groep leerjaar periode blok week weken maand jaar dag dagen les lessen keer "
    "manier wijze eind einde begin moment momenten beurt gebied vlak basis zin zinnen "
    "toekomst komende afgelopen volgende controle knie slag zich zichzelf hem haar hen hun mij jou "
    "ons anderen iemand elkaar alles iets".split()
)
# Een plek die zelf zegt wat je telt: op het plein tel je pauzes.
_EENHEID_BIJ_PLEK: Final = {
    "plein": "pauzes", "schoolplein": "pauzes", "pauze": "pauzes", "pauzes": "pauzes",
    "speelkwartier": "pauzes", "gym": "gymlessen", "gymles": "gymlessen",
    "gymzaal": "gymlessen", "kring": "kringmomenten", "bus": "busritten", "taxi": "ritten",
    "overblijf": "middagen", "tso": "middagen", "bso": "middagen", "wc": "wc-bezoeken",
    "toilet": "toiletbezoeken",
}


def _situatie(a: Analyse) -> tuple[str, str] | None:
    """De eerste plek in het doel ("bij rekenen", "in de groep") buiten de termijn, het
    criterium en de signalen, met de eenheid die daar past ("pauzes"), of None."""
    reeks = a.reeks
    woorden, begins, einden = reeks.woorden, reeks.begins, reeks.einden
    bezet = [*a.termijnplekken, *a.criteriumplekken, *((v.begin, v.eind) for v in a.vondsten)]
    n = len(woorden)
    for k, woord in enumerate(woorden[:-1]):
        if woord not in _SITUATIE_VOORZETSELS:
            continue
        lidwoord = woorden[k + 1] in _LIDWOORD
        if woord == "in" and woorden[k + 1] not in ("de", "het"):
            continue
        j = k + 1 + lidwoord
        if j + 1 < n and woorden[j] in _BIJVOEGLIJK:
            j += 1  # "bij het zelfstandig werken", "in de grote kring"
        if j >= n or not reeks.infos[j].alleen_letters or reeks.hoofdletter[j]:
            continue
        naamwoord = woorden[j]
        groep = naamwoord in ("groep", "klas") and lidwoord and not (
            j + 1 < n and woorden[j + 1][:1].isdigit())  # "in de groep", niet "in groep 5"
        if (naamwoord in _GEEN_SITUATIE and not groep) or len(naamwoord) < 3 or (
                woord == "op" and naamwoord not in _OP_PLEK):
            continue
        if naamwoord in _SITUATIE_VOORZETSELS or naamwoord in _LIDWOORD or naamwoord in (
                "voor", "na", "met", "van", "aan", "en", "of", "om", "te", "tot"):
            continue
        # Niet door een leesteken heen ("in, de"), en niet "in plaats van", "op weg naar".
        if any(not reeks.tekst[einden[m]:begins[m + 1]].isspace() for m in range(k, j)):
            continue
        if j + 1 < n and woorden[j + 1] in ("van", "tot"):
            continue
        begin, eind = begins[k], einden[j]
        if any(b < eind and begin < e for b, e in bezet):
            continue
        return reeks.tekst[begin:eind], _EENHEID_BIJ_PLEK.get(naamwoord, "")
    if a.heeft("negatief"):
        return None  # "schopt niet meer tegen de tafel": het ongewenste gedrag blijft weg
    return _waarmee(a, bezet)


# Het voorwerp van een vaag gedrag ("gaat beter om met verlies", "meer grip op zijn boosheid",
# "moeite met overgangen", "luistert naar haar ouders"): in het sjabloon "bij verlies", zodat
# het voorstel zegt waar het over gaat. Niet na "met een" (een hulpmiddel: "met een stappenplan").
_WAARMEE_VOORZETSELS: Final = frozenset(
    {"met", "op", "voor", "naar", "aan", "bij", "in", "tegen", "tegenover"})
_BEZIT_OF_LIDWOORD: Final = frozenset("de het zijn haar hun z'n mijn".split())


def _geen_voorwerp(info: Woordinfo, woord: str) -> bool:
    """Past dit woord niet in een naamwoordgroep als "zijn eigen werk"? Een lidwoord, voorzetsel,
    deel van een werkwoord, "te", een vervoegd werkwoord ("heeft"; een heel werkwoord mag:
    "bij opruimen") of een woord dat geen plek is ("anderen", "tijd")."""
    return (woord in _LIDWOORD or woord in _SITUATIE_VOORZETSELS or woord in _GEEN_SITUATIE
            or woord == "te" or bool(info.woordsoorten & PARTIKEL)
            or (info.werkwoordachtig and woord != info.lemma and not woord.endswith("en"))
            or (info.voltooid_deelwoord and woord.startswith("ge")))  # "gekregen"


def _waarmee(a: Analyse, bezet: list[Span]) -> tuple[str, str] | None:
    """ "Bij verlies": een voorzetsel met een naamwoord achter in de zin, na de persoonsvorm,
    buiten de termijn, het criterium en de signalen (het voorzetsel mag in een signaal staan:
    "omgaan met"); anders het voorwerp van het vage werkwoord ("verbetert zijn handschrift" →
    "bij zijn handschrift"), of "thuis". Geeft None als er geen is."""
    reeks = a.reeks
    woorden, begins, einden, tekst = reeks.woorden, reeks.begins, reeks.einden, reeks.tekst
    n = len(woorden)
    middelen = door_bijzinnen(a) if "door" in woorden else []
    bezet = bezet + middelen  # "omgaan met boosheid door te oefenen": het middel is geen plek
    van = bisect_left(begins, a.werkwoord_plek[1]) if a.werkwoord_plek else 0
    for k in range(max(van, 0), n - 1):
        if woorden[k] not in _WAARMEE_VOORZETSELS or tekst[einden[k]:einden[k] + 1] == "-":
            continue  # "aan-" in "aan- en uitkleden" is geen voorzetsel
        j = k + 1 + (woorden[k + 1] in _BEZIT_OF_LIDWOORD)
        eind = _naamwoordgroep(a, j, bezet, hoofdletter=woorden[k] == "in")
        if eind is not None:
            # "speelt samen met klasgenoten": met mensen blijft het "met", niet "bij"
            voorzetsel = "met" if woorden[k] == "met" and woorden[eind - 1] in _MENSEN else "bij"
            return f"{voorzetsel} {tekst[begins[k + 1] : einden[eind - 1]]}", ""
    if a.werkwoord_plek:  # het voorwerp: na de persoonsvorm, het onderwerp en wat bezet is
        k = van
        while k < n and (any(sb <= begins[k] < se for sb, se in bezet) or (
                a.onderwerp_plek and a.onderwerp_plek[0] <= begins[k] < a.onderwerp_plek[1])):
            k += 1
        if k + 1 < n and woorden[k] in _BEZIT_OF_LIDWOORD:
            eind = _naamwoordgroep(a, k + 1, bezet, hoofdletter=False)
            if eind is not None:
                return "bij " + tekst[begins[k] : einden[eind - 1]], ""
        if k < n and _vakwoord(woorden[k]) and not any(
                sb <= begins[k] < se for sb, se in bezet) and not reeks.infos[k].werkwoordachtig:
            return f"bij {woorden[k]}", ""  # "heeft Sara spelling op niveau 1F": bij spelling
    if "thuis" in woorden:  # "heeft thuis een goed humeur": de plek is thuis
        k = woorden.index("thuis")
        if not raakt(begins[k], einden[k], bezet):
            return "thuis", ""
    # "kan beter samenwerken", "de kans om te presenteren": de handeling als situatie (niet het
    # middel: "leert omgaan met boosheid door te oefenen")
    for k in range(n - 1, -1, -1):
        if middelen and raakt(begins[k], einden[k], middelen):
            continue
        w = woorden[k]
        if (w.endswith("en") and reeks.infos[k].waarneembaar and not reeks.infos[k].vaag
                and not reeks.infos[k].woordsoorten & PARTIKEL and not reeks.hoofdletter[k]
                and not reeks.infos[k].voltooid_deelwoord  # "bijgehouden"
                and not _vakwoord(w)  # dat doet het vak
                and (not k or woorden[k - 1] not in _LIDWOORD)
                and not any(sb <= begins[k] < se for sb, se in bezet)):
            return f"bij het {w}", ""
    # "Fijne motoriek verbeteren": zonder onderwerp het naamwoord vóór het vage werkwoord
    if a.onderwerp_plek is None and n >= 2 and reeks.infos[n - 1].vaag and woorden[n - 1].endswith(
            "en") and all(reeks.infos[m].alleen_letters and not reeks.infos[m].werkwoordachtig
                          for m in range(n - 1)) and n - 1 <= 3:
        return f"bij {tekst[begins[0] : einden[n - 2]].lower()}", ""
    return None


_MENSEN: Final = frozenset(
    "klasgenoten klasgenoot groepsgenoten groepsgenoot kinderen kind maatje maatjes vrienden "
    "vriend vriendin vriendinnen leerlingen medeleerlingen groep groepje broertje zusje "
    "volwassenen leeftijdgenoten".split())
# Waar een naamwoordgroep niet op eindigt: een voorzetsel of voegwoord ("de leerstof van").
_GEEN_EIND: Final = frozenset("van tot en of met voor naar aan om uit dan als".split())


def _naamwoordgroep(a: Analyse, j: int, bezet: list[Span], hoofdletter: bool) -> int | None:
    """Het eind van een naamwoordgroep van één of twee woorden vanaf woord j ("zijn eigen
    werk"), als die de zin afsluit (eind, leesteken, termijn of maat erna); anders None. Met
    `hoofdletter` mag het eerste woord een hoofdletter hebben ("in Engels")."""
    reeks = a.reeks
    woorden, begins, einden, tekst = reeks.woorden, reeks.begins, reeks.einden, reeks.tekst
    n = len(woorden)

    def bezet_op(m: int) -> bool:
        return any(sb <= begins[m] < se for sb, se in bezet)

    eind = j
    if j + 2 < n and tekst[einden[j]:begins[j + 1]].strip() == "-" and woorden[j + 1] in (
            "en", "of"):
        # "het aan- en uitkleden": één naamwoord
        return j + 3 if j + 3 == n or not tekst[einden[j + 2]:begins[j + 3]].isspace() else None
    while eind < n and eind - j < 3 and reeks.infos[eind].alleen_letters and (
            not reeks.hoofdletter[eind] or (eind == j and hoofdletter)) and (
            eind == j or tekst[einden[eind - 1]:begins[eind]].isspace()) and not bezet_op(eind):
        eind += 1
    if (eind - j == 3 and woorden[j + 1] == "van" and not _geen_voorwerp(reeks.infos[j], woorden[j])
            and not _geen_voorwerp(reeks.infos[j + 2], woorden[j + 2])
            and (eind == n or not tekst[einden[eind - 1]:begins[eind]].isspace())):
        return eind  # "feedback van klasgenoten": een naamwoord met "van" erbij
    if eind == j or (eind - j == 3 and not _partikel_achteraan(a, eind - 1)) or (
            eind < n and tekst[einden[eind - 1]:begins[eind]].isspace() and not bezet_op(eind)):
        return None
    if eind - j > 1 and reeks.infos[eind - 1].woordsoorten & PARTIKEL:
        eind -= 1  # "gaat met zijn werk om": het deel van het werkwoord hoort er niet bij
    if any(_geen_voorwerp(reeks.infos[m], w) for m, w in enumerate(woorden[j:eind], start=j)):
        return None
    if woorden[eind - 1] == "van" and eind + 1 < n and woorden[eind] in ("groep", "blok") and (
            woorden[eind + 1].isdigit()) and (eind + 2 == n or not tekst[
                einden[eind + 1] : begins[eind + 2]].isspace()):
        return eind + 2  # "de leerstof van groep 5"
    laatste, info = woorden[eind - 1], reeks.infos[eind - 1]
    if laatste in _GEEN_EIND or laatste in _BIJVOEGLIJK or (
            eind - 1 > j and info.werkwoordachtig and woorden[eind - 2] not in _BIJVOEGLIJK):
        return None  # "de leerstof van", "zijn eigen", "haar gevoelens herkennen"
    if raakt(begins[j], einden[eind - 1], bezet):
        return None
    return eind


def _partikel_achteraan(a: Analyse, k: int) -> bool:
    """Is woord k een partikel aan het eind van de zin ("ontwikkelt zijn executieve functies
    verder")? Dat hoort bij het werkwoord, niet bij de naamwoordgroep ervoor."""
    reeks = a.reeks
    return bool(reeks.infos[k].woordsoorten & PARTIKEL) and (
        k + 1 == len(reeks.woorden)
        or not reeks.tekst[reeks.einden[k]:reeks.begins[k + 1]].isspace())


def _samengevoegd(spans: list[Span]) -> list[Span]:
    """Overlappende stukken als één: "maximaal 1 van" en "1 van de 5"."""
    uit: list[Span] = []
    for b, e in sorted(spans):
        if uit and b < uit[-1][1]:
            uit[-1] = (uit[-1][0], max(e, uit[-1][1]))
        else:
            uit.append((b, e))
    return uit
