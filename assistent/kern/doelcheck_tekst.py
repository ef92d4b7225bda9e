"""De teksten van de doelcheck: uitleg per signaal, vervolgvragen, voorstel en meetinstrument,
en `delen`, dat ze met de analyse tot de inhoud van één oordeel samenvoegt."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations
from operator import itemgetter
from typing import Final

from assistent.kern.doelcheck import ELEMENTEN
from assistent.kern.doelcheck_herkenning import analyseer
from assistent.kern.doelcheck_regels import Analyse, Vondst
from assistent.kern.doelcheck_woorden import Index, Woorden, zoek_uitdrukkingen

# Wat een oordeel bevat, als gewone waarden: meetbaar, ontbreekt, de signalen (soort, woorden,
# begin, eind, uitleg, blokkerend), vervolgvragen, voorstel en meetinstrument.
Delen = tuple[
    bool,
    tuple[str, ...],
    list[tuple[str, str, int, int, str, bool]],
    tuple[str, ...],
    str,
    str | None,
]

# Welke elementen ontbreken, per 4 * gedrag + 2 * criterium + termijn: acht mogelijkheden.
_ONTBREEKT: Final = tuple(
    tuple(e for e, er in zip(ELEMENTEN, (g, c, t), strict=True) if not er)
    for g in (False, True)
    for c in (False, True)
    for t in (False, True)
)


def delen(bekeken: str, w: Woorden, naam: str | None) -> Delen:
    """Alles wat in een oordeel komt, behalve de objecten zelf (die maakt `doelcheck.beoordeel`)."""
    a = analyseer(bekeken, w)
    ontbreekt = _ONTBREEKT[4 * a.gedrag + 2 * a.criterium + a.termijn]
    persoon = wie(a, naam)
    signalen: list[tuple[str, str, int, int, str, bool]] = []
    blokkeert = False
    for v in a.vondsten:
        woorden = bekeken[v.begin : v.eind]
        blokkerend = v.element in ontbreekt
        blokkeert = blokkeert or blokkerend
        signalen.append(
            (v.soort, woorden, v.begin, v.eind, uitleg(v, woorden, persoon), blokkerend)
        )
    instrument = meetinstrument(a, w)
    return (
        not ontbreekt and not blokkeert,
        ontbreekt,
        signalen,
        vervolgvragen(a, ontbreekt, persoon),
        suggestie(bekeken, a, ontbreekt, naam, instrument, persoon),
        instrument,
    )

# Per (soort, element) een f-string met het woord (w) en wie het doel betreft (p): een derde
# van de tijd van `str.format` met trefwoorden, en dit draait bij elk signaal.
_Sjabloon = Callable[[str, str], str]
_UITLEG: Final[dict[tuple[str, str], _Sjabloon]] = {
    ("vaag", "gedrag"): lambda w, p: (
        f"„{w}” beschrijft iets wat je niet kunt zien of horen; noem wat {p} dan doet."
    ),
    ("vaag", "criterium"): lambda w, p: (
        f"„{w}” zegt niet wanneer het genoeg is; noem een aantal, een percentage of hoe vaak."
    ),
    ("vaag", "termijn"): lambda w, p: (
        f"„{w}” is geen controlemoment; noem een datum, een week of een evaluatiemoment."
    ),
    ("vergelijking", "criterium"): lambda w, p: (
        f"„{w}” vergelijkt zonder maat: ten opzichte van wat? "
        "Noem hoeveel, hoe vaak of hoe goed."
    ),
    ("volwassene", "gedrag"): lambda w, p: (
        f"„{w}” beschrijft wat een volwassene doet; dat hoort bij de aanpak, het doel gaat "
        f"over wat {p} zelf laat zien."
    ),
    ("negatief", "gedrag"): lambda w, p: (
        f"„{w}” zegt alleen wat niet meer mag; beschrijf het gedrag dat je wél wilt zien."
    ),
    ("interpretatie", "gedrag"): lambda w, p: (
        f"„{w}” is een oordeel, geen gedrag; beschrijf wat je {p} ziet doen."
    ),
}
_LOS_GETAL: Final[dict[str, _Sjabloon]] = {
    "groep": lambda w, p: f"„{w}” noemt de groep, niet hoeveel of hoe goed {p} iets doet.",
    "leeftijd": lambda w, p: f"„{w}” is een leeftijd en zegt niets over het gedrag.",
    "inhoud": lambda w, p: f"„{w}” zegt wát {p} oefent, niet hoeveel of hoe goed het moet.",
    "anders": lambda w, p: (
        f"„{w}” is een getal, maar het is niet duidelijk wat het over het gedrag zegt."
    ),
}


def _overig(w: str, p: str) -> str:
    return f"„{w}” maakt het doel minder controleerbaar."


_DE_LEERLING: Final = ("de leerling", "hij", "zij")  # wordt de naam, als die bekend is
_LIDWOORDEN: Final = ("de", "het", "een", "deze", "onze")


def wie(a: Analyse, naam: str | None) -> str:
    onderwerp = a.onderwerp
    if onderwerp and not a.ik_vorm:
        klein = onderwerp.lower()
        if klein not in ("hij", "zij", "ze"):
            if naam and klein == "de leerling":
                return naam
            # Midden in een vraag: "Wat zie je de leerling doen?", niet "… De leerling …".
            if " " in onderwerp:
                eerste, _, rest = onderwerp.partition(" ")
                if rest and eerste.lower() in _LIDWOORDEN:
                    return f"{eerste.lower()} {rest}"
            return onderwerp
    return naam or "de leerling"


def uitleg(v: Vondst, woorden: str, persoon: str) -> str:
    if v.soort == "los_getal":
        sjabloon = _LOS_GETAL.get(v.sleutel, _LOS_GETAL["anders"])
    else:
        sjabloon = _UITLEG.get((v.soort, v.element), _overig)
    return sjabloon(woorden, persoon)


def vervolgvragen(a: Analyse, ontbreekt: tuple[str, ...], persoon: str) -> tuple[str, ...]:
    if not ontbreekt:
        return ()
    if a.ik_vorm:
        return _IK_VRAGEN[ontbreekt]
    vragen = []
    if ontbreekt[0] == "gedrag":  # `ontbreekt` volgt de volgorde gedrag, criterium, termijn
        negatief = volwassene = False
        for v in a.vondsten:
            if v.soort == "negatief":
                negatief = True
            elif v.soort == "volwassene":
                volwassene = True
        if negatief:
            vragen.append(f"Wat doet {persoon} wél, in plaats van wat niet meer mag?")
        elif volwassene:
            vragen.append(f"Wat laat {persoon} zelf zien als de hulp werkt?")
        else:
            vragen.append(f"Wat zie of hoor je {persoon} doen als het doel gehaald is?")
    if "criterium" in ontbreekt:
        vragen.append(
            f"Hoe vaak of hoe goed moet {persoon} het laten zien? "
            "Bijvoorbeeld 4 van de 5 keer, of 80% goed."
        )
    if ontbreekt[-1] == "termijn":
        vragen.append("Wanneer kijk je of het gelukt is?")
    return tuple(vragen)


# In de ik-vorm hangen de vragen niet van de persoon af: per combinatie van wat ontbreekt vooraf.
_IK_VRAAG: Final = {
    "gedrag": "Wat doe je dan precies, zodat de juf of meester het kan zien of horen?",
    "criterium": "Hoe vaak of hoe goed wil je het doen? Bijvoorbeeld 4 van de 5 keer.",
    "termijn": "Wanneer kijken jullie samen of het gelukt is?",
}
_IK_VRAGEN: Final = {
    combinatie: tuple(_IK_VRAAG[e] for e in combinatie)
    for aantal in (1, 2, 3)
    for combinatie in combinations(_IK_VRAAG, aantal)  # houdt de volgorde van de elementen
}


# Per lijst van meetinstrumenten (op `id`): groep (0 genoemd, 1 inhoud), volgorde, naam, index.
_Instrument = tuple[int, int, str, Index]


# Per woordenboek één keer gebouwd; een gewone dict is goedkoper dan lru_cache, en er zijn
# er hooguit een paar (basis en schoolbestanden).
_INSTRUMENTEN: Final[dict[Woorden, tuple[frozenset[int], dict[int, _Instrument]]]] = {}


def _instrumenten(w: Woorden) -> tuple[frozenset[int], dict[int, _Instrument]]:
    per_id: dict[int, _Instrument] = {}
    for groep, instrumenten in enumerate((w.instrumenten_genoemd, w.instrumenten_inhoud)):
        for volgorde, (naam, index) in enumerate(instrumenten):
            per_id[id(index)] = (groep, volgorde, naam, index)
    if len(_INSTRUMENTEN) >= 8:
        _INSTRUMENTEN.clear()
    uit = _INSTRUMENTEN[w] = frozenset(per_id), per_id
    return uit


def meetinstrument(a: Analyse, w: Woorden) -> str | None:
    """Wat het doel zelf noemt, anders wat bij de inhoud past, anders turven of observeren.

    Binnen een groep wint de langste uitdrukking, dan de eerste lijst. Alleen lijsten die in
    `a.actief` staan kunnen iets vinden; meestal is dat er geen of één.
    """
    alle, per_id = _INSTRUMENTEN.get(w) or _instrumenten(w)
    actief = a.actief
    if not alle.isdisjoint(actief):
        beste: tuple[int, int, int, str] | None = None
        for sleutel in alle.intersection(actief):
            groep, volgorde, naam, index = per_id[sleutel]
            for i, j, _zin in zoek_uitdrukkingen(a.infos, index, actief):
                kandidaat = (groep, i - j, volgorde, naam)
                if beste is None or kandidaat < beste:
                    beste = kandidaat
        if beste is not None:
            return beste[3]
    if a.frequentie:
        return "turflijst"
    if a.gedrag:
        return "observatie"
    return None


_CRITERIUMVAK: Final[dict[str | None, str]] = {
    "DMT/AVI": "[x] woorden per minuut",
    "methodetoets": "[x] van de [y] [opgaven] goed",
    "rubric": "op niveau [x] van de rubric",
}
# Een los voegwoord aan het eind of vóór een komma ("… en," of "… maar") valt weg.
_LOS_VOEGWOORD: Final = re.compile(r"\s+(?:en|maar|of)\s*(?=,|$)")
_LOS_AAN_HET_EIND: Final = (" en", " maar", " of")
_BEGIN_EIND: Final = itemgetter(0, 1)


# Een vergelijkend woord zegt zelf welk vak past; anders het meetinstrument.
_VAK_BIJ_WOORD: Final = {
    "vaker": "minstens [x] keer per [dag/les]",
    "meer": "minstens [x] keer per [dag/les]",
    "minder": "hooguit [x] keer per [dag/les]",
}
_STANDAARDVAK: Final = "in [x] van de [y] [lessen]"


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
    if ontbreekt:
        vervang, achteraan, termijn_klaar = _vakken(tekst, a, ontbreekt, naam, instrument)
    else:
        vervang, achteraan, termijn_klaar = [], [], True
    plek = a.onderwerp_plek
    if (
        naam
        and plek
        and (a.onderwerp or "").lower() in _DE_LEERLING
        and not _overlapt(plek[0], plek[1], vervang)
    ):
        vervang.append((*plek, naam))
    zin = (_vervangen(tekst, vervang).strip() if vervang else kaal).rstrip(".!?;: ")
    if achteraan:
        zin = " ".join([zin, *achteraan]) if zin else " ".join(achteraan)
    # Witruimte samenvoegen. Zonder dubbele spatie en zonder andere witruimte dan de spatie
    # (die is nooit printable) verandert dat niets, en dat nagaan is veel goedkoper.
    if "  " in zin or not zin.isprintable():
        zin = " ".join(zin.split())
    # Na het samenvoegen van de witruimte kan een los voegwoord alleen zo staan; alleen dan
    # is de reguliere expressie nodig.
    los = zin.endswith(_LOS_AAN_HET_EIND)
    if "," in zin:
        zin = zin.replace(" ,", ",")
        los = los or " en," in zin or " of," in zin or " maar," in zin
    if los:
        zin = _LOS_VOEGWOORD.sub("", zin)
    if not termijn_klaar:
        zin = _met_termijn(zin, a, tekst, vervang, naam)
    if zin[:1].isupper():  # meestal staat de hoofdletter er al
        return zin + "."
    return f"{zin[:1].upper()}{zin[1:]}."


def _vakken(
    tekst: str, a: Analyse, ontbreekt: tuple[str, ...], naam: str | None, instrument: str | None
) -> tuple[list[tuple[int, int, str]], list[str], bool]:
    """De open plekken voor wat ontbreekt: vervangingen in de tekst, wat er achteraan komt, en
    of de termijn al een plek heeft."""
    vervang: list[tuple[int, int, str]] = []
    achteraan: list[str] = []
    # De signalen bij wat ontbreekt, in één ronde verdeeld: die over het gedrag, en de rest.
    gedrag_v: list[Vondst] = []
    overige: list[Vondst] = []
    for v in a.vondsten:
        if v.element in ontbreekt and v.soort != "los_getal":
            (gedrag_v if v.element == "gedrag" else overige).append(v)
    gedrag_eind: int | None = None
    if "gedrag" in ontbreekt:
        gedragvak = "[wat je doet]" if a.ik_vorm else "[wat je ziet of hoort]"
        verb = a.werkwoord_plek
        hoofd = None
        if verb and gedrag_v:
            for v in gedrag_v:
                if v.begin <= verb[0] < v.eind:
                    hoofd = v
                    break
        if verb and hoofd is None:
            vervang.append((*verb, gedragvak))
            gedrag_eind = verb[1]
        elif gedrag_v:
            if hoofd is None:
                hoofd = gedrag_v[0]
            vak = gedragvak
            if a.onderwerp_plek and hoofd.begin <= a.onderwerp_plek[0] < hoofd.eind:
                wie_tekst = tekst[a.onderwerp_plek[0] : a.onderwerp_plek[1]]
                if naam and wie_tekst.lower() in _DE_LEERLING:
                    wie_tekst = naam
                vak = f"{gedragvak} {wie_tekst}"
            vervang.append((hoofd.begin, hoofd.eind, vak))
            gedrag_eind = hoofd.eind
        else:
            achteraan.append(gedragvak)
        for v in gedrag_v:
            if v is not hoofd:
                vervang.append((v.begin, v.eind, ""))
    # De gedragsignalen staan nu allemaal zelf in `vervang`; van de rest krijgt het eerste
    # criterium een vak en elke termijn "voor [datum]", tenzij ze in een vervanging beginnen.
    criterium_klaar = "criterium" not in ontbreekt
    termijn_klaar = "termijn" not in ontbreekt
    for v in overige:
        for b, e, _t in vervang:
            if b <= v.begin < e:
                break
        else:
            if v.element == "criterium" and not criterium_klaar:
                woord = tekst[v.begin : v.eind].lower()
                vak = _VAK_BIJ_WOORD.get(woord) or _CRITERIUMVAK.get(instrument, _STANDAARDVAK)
                vervang.append((v.begin, v.eind, vak))
                criterium_klaar = True
            elif v.element == "termijn":
                vervang.append((v.begin, v.eind, "voor [datum]"))
                termijn_klaar = True
    if not criterium_klaar:
        # Na het onderwerp, het werkwoord of het gedragvak, wat het verst staat.
        na = -1
        if a.onderwerp_plek:
            na = a.onderwerp_plek[1]
        if a.werkwoord_plek and a.werkwoord_plek[1] > na:
            na = a.werkwoord_plek[1]
        if gedrag_eind is not None and gedrag_eind > na:
            na = gedrag_eind
        vak = _CRITERIUMVAK.get(instrument, _STANDAARDVAK)
        if na >= 0 and not _midden_in(na, vervang):
            vervang.append((na, na, " " + vak))
        else:
            achteraan.append(vak)
    return vervang, achteraan, termijn_klaar


def _vervangen(tekst: str, vervang: list[tuple[int, int, str]]) -> str:
    """De tekst met de vervangingen erin, van achter naar voren zodat de plekken kloppen."""
    if len(vervang) == 1:
        b, e, t = vervang[0]
        return f"{tekst[:b]}{t}{tekst[e:]}"
    if len(vervang) == 2:
        # Het gewone geval: twee stukken die elkaar niet raken (een invoeging op de rand van
        # de ander telt als los). Dan valt er niets samen te voegen of te sorteren, en is de
        # nieuwe tekst in één keer te maken.
        (b1, e1, t1), (b2, e2, t2) = vervang
        if e2 <= b1:
            return f"{tekst[:b2]}{t2}{tekst[e2:b1]}{t1}{tekst[e1:]}"
        if e1 <= b2:
            return f"{tekst[:b1]}{t1}{tekst[e1:b2]}{t2}{tekst[e2:]}"
    for b, e, t in sorted(_zonder_overlap(vervang), key=_BEGIN_EIND, reverse=True):
        tekst = tekst[:b] + t + tekst[e:]
    return tekst


# Vervangingen zijn er per doel hooguit een paar: een gewone lus is sneller dan any() met een
# generator.


def _bedekt(plek: int, vervang: list[tuple[int, int, str]]) -> bool:
    """Begint een vervanging op of vóór deze plek en loopt ze er voorbij?"""
    for b, e, _t in vervang:
        if b <= plek < e:
            return True
    return False


def _overlapt(begin: int, eind: int, vervang: list[tuple[int, int, str]]) -> bool:
    for b, e, _t in vervang:
        if b < eind and begin < e:
            return True
    return False


def _midden_in(plek: int, vervang: list[tuple[int, int, str]]) -> bool:
    """Valt deze plek strikt binnen een vervanging (een invoeging daar breekt een woord)?"""
    for b, e, _t in vervang:
        if b < plek < e:
            return True
    return False


def _zonder_overlap(vervang: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Twee signalen kunnen woorden delen: dan één vervanging over beide (de tekst van de
    eerste), anders breekt de zin midden in een woord. Een invoeging daarbinnen vervalt."""
    stukken: list[tuple[int, int, str]] = []
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
    zin: str, a: Analyse, tekst: str, vervang: list[tuple[int, int, str]], naam: str | None
) -> str:
    """Zet "Voor [datum]" vooraan met inversie ("Voor [datum] steekt Sem …") als dat kan."""
    verb = a.werkwoord_plek
    if a.begint_met_onderwerp and verb and a.onderwerp_plek and not _bedekt(verb[0], vervang):
        onderwerp = tekst[a.onderwerp_plek[0] : a.onderwerp_plek[1]]
        if naam and onderwerp.lower() in _DE_LEERLING:
            onderwerp = naam
        elif onderwerp.lower() in ("ik", "de leerling", "hij", "zij", "ze"):
            onderwerp = onderwerp.lower()
        werkwoord = tekst[verb[0] : verb[1]]
        plek = zin.find(" " + werkwoord)
        if plek >= 0:
            rest = zin[plek + 1 + len(werkwoord) :]
            return f"Voor [datum] {werkwoord} {onderwerp}{rest}"
    return f"{zin}, uiterlijk op [datum]"
