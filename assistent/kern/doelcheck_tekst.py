"""De teksten van de doelcheck: uitleg per signaal, vervolgvragen, voorstel en meetinstrument."""

from __future__ import annotations

import re
from operator import itemgetter

from assistent.kern.doelcheck_regels import Analyse, Vondst
from assistent.kern.doelcheck_woorden import Index, Woorden, lijsten, zoek_uitdrukkingen

_UITLEG = {
    ("vaag", "gedrag"): "„{w}” beschrijft iets wat je niet kunt zien of horen; "
    "noem wat {wie} dan doet.",
    ("vaag", "criterium"): "„{w}” zegt niet wanneer het genoeg is; noem een aantal, "
    "een percentage of hoe vaak.",
    ("vaag", "termijn"): "„{w}” is geen controlemoment; noem een datum, een week of "
    "een evaluatiemoment.",
    ("vergelijking", "criterium"): "„{w}” vergelijkt zonder maat: ten opzichte van wat? "
    "Noem hoeveel, hoe vaak of hoe goed.",
    ("volwassene", "gedrag"): "„{w}” beschrijft wat een volwassene doet; dat hoort bij "
    "de aanpak, het doel gaat over wat {wie} zelf laat zien.",
    ("negatief", "gedrag"): "„{w}” zegt alleen wat niet meer mag; beschrijf het gedrag "
    "dat je wél wilt zien.",
    ("interpretatie", "gedrag"): "„{w}” is een oordeel, geen gedrag; beschrijf wat je "
    "{wie} ziet doen.",
}
_LOS_GETAL = {
    "groep": "„{w}” noemt de groep, niet hoeveel of hoe goed {wie} iets doet.",
    "leeftijd": "„{w}” is een leeftijd en zegt niets over het gedrag.",
    "inhoud": "„{w}” zegt wát {wie} oefent, niet hoeveel of hoe goed het moet.",
    "anders": "„{w}” is een getal, maar het is niet duidelijk wat het over het gedrag zegt.",
}


def wie(a: Analyse, naam: str | None) -> str:
    if a.onderwerp and not a.ik_vorm and a.onderwerp.lower() not in ("hij", "zij", "ze"):
        if naam and a.onderwerp.lower() == "de leerling":
            return naam
        # Midden in een vraag: "Wat zie je de leerling doen?", niet "… De leerling …".
        eerste, _, rest = a.onderwerp.partition(" ")
        if rest and eerste.lower() in ("de", "het", "een", "deze", "onze"):
            return f"{eerste.lower()} {rest}"
        return a.onderwerp
    return naam or "de leerling"


def uitleg(v: Vondst, woorden: str, persoon: str) -> str:
    if v.soort == "los_getal":
        sjabloon = _LOS_GETAL.get(v.sleutel, _LOS_GETAL["anders"])
    else:
        sjabloon = _UITLEG.get((v.soort, v.element), "„{w}” maakt het doel minder controleerbaar.")
    return sjabloon.format(w=woorden, wie=persoon)


def vervolgvragen(a: Analyse, ontbreekt: tuple[str, ...], persoon: str) -> tuple[str, ...]:
    soorten = {v.soort for v in a.vondsten}
    vragen = []
    for element in ontbreekt:
        if element == "gedrag":
            if a.ik_vorm:
                vragen.append(
                    "Wat doe je dan precies, zodat de juf of meester het kan zien of horen?"
                )
            elif "negatief" in soorten:
                vragen.append(f"Wat doet {persoon} wél, in plaats van wat niet meer mag?")
            elif "volwassene" in soorten:
                vragen.append(f"Wat laat {persoon} zelf zien als de hulp werkt?")
            else:
                vragen.append(f"Wat zie of hoor je {persoon} doen als het doel gehaald is?")
        elif element == "criterium":
            vragen.append(
                "Hoe vaak of hoe goed wil je het doen? Bijvoorbeeld 4 van de 5 keer."
                if a.ik_vorm
                else f"Hoe vaak of hoe goed moet {persoon} het laten zien? "
                "Bijvoorbeeld 4 van de 5 keer, of 80% goed."
            )
        else:
            vragen.append(
                "Wanneer kijken jullie samen of het gelukt is?"
                if a.ik_vorm
                else "Wanneer kijk je of het gelukt is?"
            )
    return tuple(vragen)


def _treffer(a: Analyse, lijsten: tuple[tuple[str, Index], ...]) -> str | None:
    beste: tuple[int, int, str] | None = None
    actief = a.actief
    for volgorde, (naam, index) in enumerate(lijsten):
        if id(index) not in actief:
            continue
        for i, j, _zin in zoek_uitdrukkingen(a.infos, index, actief):
            sleutel = (-(j - i), volgorde, naam)
            if beste is None or sleutel < beste:
                beste = sleutel
    return beste[2] if beste else None


def meetinstrument(a: Analyse, w: Woorden) -> str | None:
    """Wat het doel zelf noemt, anders wat bij de inhoud past, anders turven of observeren."""
    if not lijsten(w).instrumenten.isdisjoint(a.actief):
        genoemd = _treffer(a, w.instrumenten_genoemd)
        if genoemd:
            return genoemd
        inhoud = _treffer(a, w.instrumenten_inhoud)
        if inhoud:
            return inhoud
    if a.frequentie:
        return "turflijst"
    if a.gedrag:
        return "observatie"
    return None


_CRITERIUMVAK = {
    "DMT/AVI": "[x] woorden per minuut",
    "methodetoets": "[x] van de [y] [opgaven] goed",
    "rubric": "op niveau [x] van de rubric",
}
# Een los voegwoord aan het eind of vóór een komma ("… en," of "… maar") valt weg.
_LOS_VOEGWOORD = re.compile(r"\s+(?:en|maar|of)\s*(?=,|$)")
_LOS_AAN_HET_EIND = (" en", " maar", " of")
_BEGIN_EIND = itemgetter(0, 1)


def _criteriumvak(instrument: str | None, woord: str) -> str:
    if woord in ("vaker", "meer"):
        return "minstens [x] keer per [dag/les]"
    if woord in ("minder",):
        return "hooguit [x] keer per [dag/les]"
    return _CRITERIUMVAK.get(instrument or "", "in [x] van de [y] [lessen]")


def suggestie(
    tekst: str,
    a: Analyse,
    ontbreekt: tuple[str, ...],
    naam: str | None,
    instrument: str | None,
    persoon: str,
) -> str:
    """Een herschrijving die de woorden van de gebruiker houdt en de open plekken markeert."""
    if not tekst.strip():
        return f"Voor [datum] [doet] {persoon} [wat je ziet of hoort] in [x] van de [y] keer."
    vervang: list[tuple[int, int, str]] = []
    achteraan: list[str] = []
    gedragvak = "[wat je doet]" if a.ik_vorm else "[wat je ziet of hoort]"
    blokkerend = [v for v in a.vondsten if v.element in ontbreekt and v.soort != "los_getal"]
    gedrag_eind: int | None = None
    if "gedrag" in ontbreekt:
        gedrag_v = [v for v in blokkerend if v.element == "gedrag"]
        verb = a.werkwoord_plek
        hoofd = (
            next((v for v in gedrag_v if v.begin <= verb[0] < v.eind), None)
            if verb and gedrag_v
            else None
        )
        if verb and hoofd is None:
            vervang.append((*verb, gedragvak))
            gedrag_eind = verb[1]
        elif gedrag_v:
            hoofd = hoofd or gedrag_v[0]
            vak = gedragvak
            if a.onderwerp_plek and hoofd.begin <= a.onderwerp_plek[0] < hoofd.eind:
                wie_tekst = tekst[a.onderwerp_plek[0] : a.onderwerp_plek[1]]
                if naam and wie_tekst.lower() in ("de leerling", "hij", "zij"):
                    wie_tekst = naam
                vak = f"{gedragvak} {wie_tekst}"
            vervang.append((hoofd.begin, hoofd.eind, vak))
            gedrag_eind = hoofd.eind
        else:
            achteraan.append(gedragvak)
        if gedrag_v:
            vervang.extend((v.begin, v.eind, "") for v in gedrag_v if v is not hoofd)
    criterium_klaar = "criterium" not in ontbreekt
    for v in blokkerend:
        if _bedekt(v.begin, vervang):
            continue
        if v.element == "criterium" and not criterium_klaar:
            woord = tekst[v.begin : v.eind].lower()
            vervang.append((v.begin, v.eind, _criteriumvak(instrument, woord)))
            criterium_klaar = True
        elif v.element == "termijn":
            vervang.append((v.begin, v.eind, "voor [datum]"))
    if not criterium_klaar:
        plekken = [p[1] for p in (a.onderwerp_plek, a.werkwoord_plek) if p]
        vak = _criteriumvak(instrument, "")
        if gedrag_eind is not None:
            plekken.append(gedrag_eind)
        na = max(plekken, default=None)
        if na is not None and not _midden_in(na, vervang):
            vervang.append((na, na, " " + vak))
        else:
            achteraan.append(vak)
    if (
        a.onderwerp_plek
        and naam
        and (a.onderwerp or "").lower() in ("de leerling", "hij", "zij")
        and not any(b < a.onderwerp_plek[1] and a.onderwerp_plek[0] < e for b, e, _t in vervang)
    ):
        vervang.append((*a.onderwerp_plek, naam))
    nieuw = tekst
    stukken = vervang  # één vervanging overlapt met niets en hoeft niet gesorteerd
    if len(vervang) > 1:
        stukken = sorted(_zonder_overlap(vervang), key=_BEGIN_EIND, reverse=True)
    for b, e, t in stukken:
        nieuw = nieuw[:b] + t + nieuw[e:]
    zin = nieuw.strip().rstrip(".!?;: ")
    zin = " ".join((" ".join([zin, *achteraan]) if achteraan else zin).split())
    zin = zin.replace(" ,", ",")
    # Na het samenvoegen van de witruimte kan een los voegwoord alleen zo staan; alleen dan
    # is de reguliere expressie nodig.
    if zin.endswith(_LOS_AAN_HET_EIND) or " en," in zin or " of," in zin or " maar," in zin:
        zin = _LOS_VOEGWOORD.sub("", zin)
    if "termijn" in ontbreekt and not any(t == "voor [datum]" for _b, _e, t in vervang):
        zin = _met_termijn(zin, a, tekst, vervang, naam)
    return (zin[:1].upper() + zin[1:]) + "."


# Vervangingen zijn er per doel hooguit een paar: een gewone lus is sneller dan any() met een
# generator.


def _bedekt(plek: int, vervang: list[tuple[int, int, str]]) -> bool:
    """Begint een vervanging op of vóór deze plek en loopt ze er voorbij?"""
    for b, e, _t in vervang:
        if b <= plek < e:
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
        if naam and onderwerp.lower() in ("de leerling", "hij", "zij"):
            onderwerp = naam
        elif onderwerp.lower() in ("ik", "de leerling", "hij", "zij", "ze"):
            onderwerp = onderwerp.lower()
        werkwoord = tekst[verb[0] : verb[1]]
        plek = zin.find(" " + werkwoord)
        if plek >= 0:
            rest = zin[plek + 1 + len(werkwoord) :]
            return f"Voor [datum] {werkwoord} {onderwerp}{rest}"
    return f"{zin}, uiterlijk op [datum]"
