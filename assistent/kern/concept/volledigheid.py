"""Is het OPP compleet? Controles op wat de wet vraagt, met uitleg in gewone taal.

Elke controle zegt wat er ontbreekt én wat je kunt doen. Waarschuwingen (te lang, toetsscores,
basisondersteuning) staan ook als `Controle`, met `ok=False` als er iets te zien is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistent.kern.concept.afweging import is_basisaanpak
from assistent.kern.concept.eigen_doel import vergelijk
from assistent.kern.concept.lengte import paginas
from assistent.kern.concept.model import (
    OPEN_PLEK,
    Feiten,
    OppConcept,
    heeft_inhoud,
)
from assistent.kern.concept.opp import (
    ZES_WEKEN,
    als_datum,
    laatste_evaluatie,
    overleg_geweest,
    plus_jaar,
)
from assistent.kern.concept.zinnen import citaat, samen
from assistent.kern.vragenlijst.waarden import datumtekst

MAX_A4 = 5
# De rollen die samen laten zien dat het kind is gehoord (het hoorrecht).
STEM_ROLLEN = ("gehoord_datum", "gehoord_hoe", "kind_gezegd", "kind_meegenomen")
_GETAL = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)?(?![\w-])")
_SCORE = re.compile(r"\b(?:[ME][3-8]|I{1,3}|IV|V|[A-E][+-]?|DLE|vs)\b|\d+\s*%")
_BASIS = re.compile(r"basisondersteuning|ondersteuningsprofiel|alle leerlingen", re.IGNORECASE)
# Hier mag het woord basisondersteuning vallen: de afweging gaat er juist over.
_BASIS_MAG = ("afweging", "intern")


@dataclass(frozen=True)
class Controle:
    onderdeel: str
    ok: bool
    uitleg: str

    def als_dict(self) -> dict[str, str | bool]:
        return {"onderdeel": self.onderdeel, "ok": self.ok, "uitleg": self.uitleg}


def controleer(concept: OppConcept) -> list[Controle]:
    """Alle controles op het concept-OPP, in de volgorde van het OPP."""
    if concept.document != "opp":
        raise ValueError("de volledigheidscheck gaat over het OPP, niet over het "
                         f"document '{concept.document}'")
    f = concept.feiten
    if is_basisaanpak(f):
        return [_groepsplan(f), _open_plekken(f)]
    return [
        _factoren(f), _uitstroom(f), _handelingsdeel(f), _doelen(concept),
        _eigen_doel(concept), _stem(f), _overleg(f, concept.vandaag),
        _instemming(f, concept.vandaag), _vaststelling(f), _evaluatie(f), _registratie(f),
        _lengte(concept), _open_plekken(f), _scores(f), _basis(f),
    ]


def _mist(onderdeel: str, missend: list[str], goed: str, slot: str = "") -> Controle:
    if not missend:
        return Controle(onderdeel, True, goed)
    return Controle(onderdeel, False, f"Nog niet vastgelegd: {', '.join(missend)}.{slot}")


def _groepsplan(f: Feiten) -> Controle:
    """Bij het advies basisaanpak is er geen OPP; wel een notitie voor het groepsplan."""
    if heeft_inhoud(f.rol("groepsplan")):
        return Controle("Notitie groepsplan", True,
                        "Het advies is basisaanpak, en wat er in het groepsplan komt staat erin.")
    return Controle("Notitie groepsplan", False,
                    "Het advies is basisaanpak: een OPP is niet nodig. Leg nog vast wat er in "
                    "het groepsplan komt en wanneer je kijkt of het werkt.")


def _factoren(f: Feiten) -> Controle:
    missend = [
        f"{soort}e factoren" for soort in ("bevorderend", "belemmerend")
        if not f.beantwoord(f"factoren_{soort}")
    ]
    return _mist("Factoren", missend, "Bevorderende en belemmerende factoren staan erin.",
                 " De wet vraagt beide, als onderbouwing van het uitstroomperspectief.")


def _uitstroom(f: Feiten) -> Controle:
    missend = [naam for naam, sectie in (
        ("het verwachte uitstroomperspectief", "uitstroomperspectief"),
        ("de onderbouwing", "onderbouwing"),
    ) if not f.beantwoord(sectie)]
    return _mist("Uitstroomperspectief", missend,
                 "Het uitstroomperspectief staat erin, met onderbouwing.")


def _handelingsdeel(f: Feiten) -> Controle:
    delen = (("doelen", "doelen"), ("aanpak", "aanpak"), ("afspraken met ouders",
             "afspraken_ouders"), ("afspraken met de leerling", "afspraken_leerling"))
    missend = [naam for naam, sectie in delen if not f.beantwoord(sectie)]
    if f.in_sectie("afwijkingen") and not f.beantwoord("afwijkingen"):
        missend.append("of het programma afwijkt")
    return _mist("Handelingsdeel", missend,
                 "Doelen, aanpak en afspraken met ouders en leerling staan erin.")


def _doelen(concept: OppConcept) -> Controle:
    if not concept.doelen:
        return Controle("Doelen meetbaar", False, "Er staan nog geen doelen in het OPP.")
    vaag = [d.tekst for d in concept.doelen if not d.aanvaard and not d.oordeel.meetbaar]
    if not vaag:
        return Controle("Doelen meetbaar", True,
                        "Elk doel is meetbaar, of bewust zo gelaten met een reden.")
    lijst = "; ".join(citaat(_kort(t)) for t in vaag)
    return Controle("Doelen meetbaar", False,
                    f"Nog niet meetbaar: {lijst}. Maak het doel concreet of geef een reden.")


def _stem(f: Feiten) -> Controle:
    aanwezig = {rol for rol in STEM_ROLLEN if f.rol(rol) is not None}
    # Andere antwoorden in de sectie stem van het kind tellen als wat het kind zei.
    if any(feit.vraag.rol not in STEM_ROLLEN for feit in f.beantwoord("stem_kind")):
        aanwezig.add("kind_gezegd")
    namen = {"gehoord_datum": "de datum", "gehoord_hoe": "hoe het kind is gehoord",
             "kind_gezegd": "wat het kind zei", "kind_meegenomen": "wat ermee is gedaan"}
    missend = [namen[rol] for rol in STEM_ROLLEN if rol not in aanwezig]
    return _mist("Stem van het kind", missend,
                 "Vastgelegd wanneer en hoe het kind is gehoord, wat het zei en wat ermee "
                 "is gedaan.",
                 " Sinds 1 augustus 2025 heeft het kind hoorrecht bij het OPP.")


def _overleg(f: Feiten, vandaag: date) -> Controle:
    dag = als_datum(f.rol("overleg_datum"))
    naam = "Overleg met ouders"
    if dag is None:
        return Controle(naam, False,
                        "Leg de datum vast van het op overeenstemming gericht overleg met ouders.")
    if dag > vandaag:
        return Controle(naam, True, f"Het overleg met ouders is gepland op {_d(dag)}.")
    missend = [wat for rol, wat in (("overleg_aanwezig", "wie er waren"),
                                    ("zienswijze_ouders", "wat ouders inbrachten"))
               if f.feit(rol) is not None and f.rol(rol) in (None, "", [])]
    if missend:
        return Controle(naam, False, f"Het overleg was op {_d(dag)}. Leg nog vast: "
                                     f"{samen(missend)}.")
    return Controle(naam, True, f"Overleg met ouders op {_d(dag)}.")


def _instemming(f: Feiten, vandaag: date) -> Controle:
    """Instemming is een besluit van ouders in of na het overleg: vóór die datum kan het concept
    het niet als feit noemen."""
    stand = f.rol("instemming")
    naam = "Instemming handelingsdeel"
    dag = als_datum(f.rol("overleg_datum"))
    if stand in ("ja", "nee") and not overleg_geweest(f, vandaag):
        wanneer = f"pas op {_d(dag)}" if dag else "nog niet gepland"
        return Controle(naam, False,
                        f"De instemming staat op ‘{stand}’, maar het overleg met ouders is "
                        f"{wanneer}. Vraag het in dat gesprek; ouders kruisen het zelf aan op het "
                        "tekenblad.")
    if stand == "ja":
        return Controle(naam, True, "Ouders stemmen in met het handelingsdeel; zij kruisen dat "
                                    "aan op het tekenblad.")
    if stand == "nee":
        return Controle(naam, False,
                        "Ouders stemmen (nog) niet in. Leg hun bezwaren vast en zoek samen een "
                        "oplossing; de ondersteuning gaat intussen door.")
    if f.cyclus.versie > 1:
        return Controle(naam, False,
                        f"Het handelingsdeel is bijgesteld (versie {f.cyclus.versie}): vraag "
                        "ouders opnieuw of zij ermee instemmen.")
    return Controle(naam, False,
                    "Er is nog geen besluit van ouders over het handelingsdeel. Vraag het in het "
                    "gesprek.")


def _eigen_doel(concept: OppConcept) -> Controle:
    """Het eigen doel van het kind hoort bij een doel van de school; wijkt het af, bespreek het."""
    naam = "Eigen doel van het kind"
    kinddoel = concept.feiten.rol("kind_doel")
    if not isinstance(kinddoel, str) or not kinddoel.strip():
        return Controle(naam, True, "Er is (nog) geen eigen doel van het kind.")
    leerling = str(concept.feiten.rol("naam") or "")
    vergelijking = vergelijk(kinddoel, [d.tekst for d in concept.doelen], leerling)
    if vergelijking is None:
        return Controle(naam, True, "Het eigen doel van het kind staat naast de doelen van de "
                                    "school.")
    nummer = vergelijking.index + 1
    if not vergelijking.wijkt_af:
        return Controle(naam, True, f"Het eigen doel van het kind past bij doel {nummer}.")
    verschil = []
    if vergelijking.alleen_school:
        verschil.append(f"{_getallen(vergelijking.alleen_school)} alleen in het doel van de "
                        "school")
    if vergelijking.alleen_kind:
        verschil.append(f"{_getallen(vergelijking.alleen_kind)} alleen in het doel van het kind")
    return Controle(naam, False,
                    f"Het eigen doel van het kind ({citaat(_kort(kinddoel))}) wijkt af van doel "
                    f"{nummer}: {'; '.join(verschil)}. Bespreek of dat zo bedoeld is.")


def _vaststelling(f: Feiten) -> Controle:
    start = als_datum(f.rol("start_ondersteuning"))
    vast = als_datum(f.rol("vaststelling"))
    naam = "Vaststelling binnen 6 weken"
    if start is None:
        return Controle(naam, False, "Vul in wanneer de extra ondersteuning begon; vanaf dan "
                                     "lopen de zes weken.")
    grens = start + ZES_WEKEN
    if vast is None:
        return Controle(naam, False, f"Nog geen datum van vaststelling; uiterlijk {_d(grens)}.")
    if vast > grens:
        return Controle(naam, False, f"De vaststelling ({_d(vast)}) valt na {_d(grens)}, "
                                     "zes weken na de start.")
    return Controle(naam, True, f"Vastgesteld op {_d(vast)}, binnen zes weken na de start.")


def _evaluatie(f: Feiten) -> Controle:
    naam = "Evaluatie binnen 12 maanden"
    basis = als_datum(f.rol("vaststelling")) or als_datum(f.rol("start_ondersteuning"))
    evaluatie = als_datum(f.rol("evaluatie_datum"))
    laatste = laatste_evaluatie(f)
    if laatste is not None:
        # Na bijstellen telt het jaar vanaf de laatste evaluatie, niet vanaf de start.
        basis = laatste
        if evaluatie is not None and evaluatie <= laatste:
            return Controle(naam, False, f"De laatste evaluatie was op {_d(laatste)}; kies de "
                                         "datum van de volgende, binnen een jaar.")
    if evaluatie is None:
        if laatste is not None:
            return Controle(naam, False, f"De laatste evaluatie was op {_d(laatste)}; plan de "
                                         f"volgende uiterlijk op {_d(plus_jaar(laatste))}.")
        return Controle(naam, False, "Kies een datum voor de evaluatie met ouders en kind.")
    if basis is None:
        return Controle(naam, False, "Vul de start of de vaststelling in om de termijn te "
                                     "controleren.")
    if evaluatie < basis:
        return Controle(naam, False, f"De evaluatie ({_d(evaluatie)}) ligt vóór {_d(basis)}.")
    if evaluatie > plus_jaar(basis):
        return Controle(naam, False, f"De evaluatie ({_d(evaluatie)}) ligt meer dan een jaar "
                                     f"na {_d(basis)}; evalueer minstens eens per jaar.")
    return Controle(naam, True, f"Evaluatie op {_d(evaluatie)}, binnen een jaar.")


def _registratie(f: Feiten) -> Controle:
    eind = als_datum(f.rol("einddatum"))
    slot = (f" De einddatum is {_d(eind)}." if eind else
            " Is de einddatum nog niet bekend, vul hem dan later aan.")
    return Controle("Registratie", True,
                    "Denk eraan: registreer de begin- en einddatum van de extra ondersteuning "
                    "in de leerlingadministratie (ROD). Alleen de data, niet de inhoud." + slot)


def _lengte(concept: OppConcept) -> Controle:
    a4 = paginas(concept)
    aanname = "geschat met de maten van het Word-document, inclusief het tekenblad"
    if a4 > MAX_A4:
        return Controle("Lengte", False, f"Ongeveer {a4} A4 ({aanname}). Houd het OPP op "
                                         f"hooguit {MAX_A4} A4: schrap herhaling en details.")
    return Controle("Lengte", True, f"Ongeveer {a4} A4 ({aanname}).")


def _teksten(f: Feiten) -> list[tuple[str, str, str]]:
    """(vraagtitel, sectie, tekst) voor elk tekstantwoord; lijsten per item."""
    uit: list[tuple[str, str, str]] = []
    for feit in f.items:
        waarden = feit.waarde if isinstance(feit.waarde, list) else [feit.waarde]
        uit.extend((feit.vraag.titel, feit.vraag.sectie, w) for w in waarden if isinstance(w, str))
    return uit


def _open_plekken(f: Feiten) -> Controle:
    open_ = [f"{titel} ({', '.join(m.group(0) for m in OPEN_PLEK.finditer(tekst))})"
             for titel, _, tekst in _teksten(f) if OPEN_PLEK.search(tekst)]
    if not open_:
        return Controle("Open plekken", True, "Er staan geen open plekken meer in de antwoorden.")
    return Controle("Open plekken", False, f"Nog in te vullen: {'; '.join(open_)}.")


def _scores(f: Feiten) -> Controle:
    lang = [titel for titel, _, tekst in _teksten(f)
            if len(_GETAL.findall(tekst)) >= 10 or len(_SCORE.findall(tekst)) >= 6]
    if not lang:
        return Controle("Toetsscores", True, "Geen lange lijsten met toetsscores.")
    return Controle("Toetsscores", False,
                    f"Bij {', '.join(dict.fromkeys(lang))} staan veel scores. Noem alleen wat het "
                    "perspectief onderbouwt; de rest staat al in het leerlingvolgsysteem.")


def _basis(f: Feiten) -> Controle:
    gevonden = [titel for titel, sectie, tekst in _teksten(f)
                if sectie not in _BASIS_MAG and _BASIS.search(tekst)]
    if not gevonden:
        return Controle("Basisondersteuning", True, "Geen beschrijving van de basisondersteuning.")
    return Controle("Basisondersteuning", False,
                    f"Bij {', '.join(dict.fromkeys(gevonden))} lijkt de basisondersteuning "
                    "beschreven. Schrijf alleen wat deze leerling extra krijgt; de basis staat "
                    "in de schoolgids.")


def _getallen(getallen: tuple[int, ...]) -> str:
    """'het getal 8 staat' of 'de getallen 8 en 9 staan'."""
    if len(getallen) == 1:
        return f"het getal {getallen[0]} staat"
    return f"de getallen {samen(map(str, getallen))} staan"


def _kort(tekst: str, lengte: int = 60) -> str:
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1].rstrip() + "…"


def _d(dag: date) -> str:
    return datumtekst(dag)
