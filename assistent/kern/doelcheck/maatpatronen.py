"""De patronen voor termijn, criterium en getal, gebouwd uit de woordenlijsten.

Elk deel noemt zijn patroon en zijn voorwaarden (zie `patronen.Deel`): sleutelwoorden, de
woorden waar een treffer kan beginnen, en eisen die elke treffer vervult. Een nieuwe
voorwaarde mag nooit een treffer wegfilteren: vergelijk de uitkomst met het harnas
(`benchmarks/doelcheck_harnas.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Final

from assistent.kern.doelcheck.patronen import (
    CRITERIUM,
    GETAL,
    TERMIJN,
    Deel,
    Eis,
    Patronen,
    alternatieven,
    beginwoorden,
    kernwoorden,
    woorden_van,
    zonder_optionele_groepen,
)

_EENHEDEN: Final = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TIENTALLEN: Final = tuple(
    "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
)


def bouw_patronen(lijsten: Mapping[str, frozenset[str]]) -> Patronen:
    """Alle delen, met de lijsten uit `doelwoorden.toml` (en die van de school) erin."""
    lijst = _Lijsten(lijsten)
    g = _Getallen.uit(lijst)
    termijn = _termijndelen(lijst, g)
    criterium = _criteriumdelen(lijst, g)
    # Een los getal: zonder voorwaarde, maar ook alleen op woorden die een getal kunnen zijn.
    getal = replace(_deel(rf"\b(?:{g.getal})\b", begin=[g.begin], cijferbegin=True), altijd=True)
    return Patronen(
        [(TERMIJN, d) for d in termijn] + [(CRITERIUM, d) for d in criterium] + [(GETAL, getal)]
    )


class _Lijsten:
    """De woordenlijsten, met wat de patronen ervan nodig hebben."""

    def __init__(self, lijsten: Mapping[str, frozenset[str]]) -> None:
        self._lijsten = lijsten

    def __call__(self, naam: str) -> frozenset[str]:
        return self._lijsten.get(naam, frozenset())

    def begin(self, naam: str) -> frozenset[str] | None:
        """De beginwoorden van de lijst; None als een woord niet met een woordteken begint."""
        return beginwoorden(self(naam))

    def kern(self, naam: str) -> Eis | None:
        """Een woorddeel uit elk alternatief van de lijst, voor een patroon dat de lijst tussen
        woordgrenzen zet (zie `kernwoorden`)."""
        woorden = kernwoorden(self(naam))
        return None if woorden is None else Eis(woorden)


@dataclass(frozen=True)
class _Getallen:
    """Getallen in cijfers en in woorden ("vijfentwintig"), voor de patronen die ze gebruiken."""

    cijfer: str
    woordgetal: str
    getal: str  # in cijfers of in woorden, geen "een"
    getal1: str  # ook "een" en "één"
    sleutels: frozenset[str]
    begin: frozenset[str] | None  # beginwoorden van `getal`; None: niet aan een woord te zien
    begin1: frozenset[str] | None  # en van `getal1`
    # Een getal (`getal`, geen "een") tussen woordgrenzen: een cijfer, of een woorddeel dat het
    # eerste woord van een getalwoord is (een woordgrens erachter: het hele woorddeel).
    eis: Eis | None

    @classmethod
    def uit(cls, lijst: _Lijsten) -> _Getallen:
        woorden = lijst("getallen.woorden") - {"beide", "enkele"}
        samengesteld = rf"(?:{'|'.join(_EENHEDEN)})[eë]n(?:{'|'.join(_TIENTALLEN)})"
        woordgetal = rf"(?:{samengesteld}|{alternatieven(woorden)})"
        cijfer = r"\d+(?:[.,]\d+)?"
        getal = rf"(?:{cijfer}|{woordgetal})"
        samenstellingen = frozenset(
            e + tussen + t for tussen in ("en", "ën") for e in _EENHEDEN for t in _TIENTALLEN
        )
        getalwoorden = woorden_van(lijst("getallen.woorden")) | {"een", "één", "half", "anderhalve"}
        eerste = beginwoorden(woorden)
        begin = None if eerste is None else eerste | samenstellingen
        return cls(
            cijfer=cijfer,
            woordgetal=woordgetal,
            getal=getal,
            getal1=rf"(?:{getal}|een|één)",
            sleutels=getalwoorden | samenstellingen,
            begin=begin,
            begin1=None if begin is None else begin | {"een", "één"},
            eis=None if begin is None else Eis(begin, cijfer=True),
        )


def _deel(
    patroon: str,
    sleutels: Iterable[str] = (),
    cijfer: bool = False,
    *,
    begin: Iterable[Iterable[str] | None] = (),
    voor: Iterable[str] | None = (),
    cijferbegin: bool = False,
    cijfer_tweede: bool = False,
    vorm: str | None = None,
    eisen: Iterable[Eis | None] = (),
    achteraan: bool = False,
) -> Deel:
    """Een `Deel`; een beginwoordgroep of `voor` die None is (niet aan een woord te zien),
    maakt dat het deel overal zoekt, en een eis die None is, vervalt."""
    woorden: set[str] = set()
    overal = voor is None
    for groep in begin:
        if groep is None:
            overal = True
        else:
            woorden.update(groep)
    return Deel(
        re.compile(zonder_optionele_groepen(patroon)),
        frozenset(sleutels),
        cijfer,
        begin=frozenset(woorden),
        voorvoegsels=tuple(sorted(voor or ())),
        cijferbegin=cijferbegin,
        cijfer_tweede=cijfer_tweede,
        overal=overal,
        vorm=re.compile(vorm) if vorm else None,
        eisen=tuple(e for e in eisen if e is not None),
        achteraan=achteraan,
    )


def _aaneen(basis: Iterable[str] | None, achter: Iterable[str]) -> set[str] | None:
    """Ook aan elkaar geschreven ("tweemaal", "driekwart"): het patroon staat `\\s*` toe."""
    return None if basis is None else {b + a for b in basis for a in ("", *achter)}


def _termijndelen(lijst: _Lijsten, g: _Getallen) -> tuple[Deel, ...]:
    maand = alternatieven(lijst("termijn.maanden"))
    afkorting = alternatieven(lijst("termijn.maand_afkortingen"))
    feest = alternatieven(lijst("termijn.feestdagen"))
    eenheid = alternatieven(lijst("termijn.eenheden"))
    periode = alternatieven(lijst("termijn.perioden"))
    grens_t = alternatieven(lijst("termijn.grenzen"))
    moment = alternatieven(lijst("termijn.momenten"))
    weekdag = alternatieven(lijst("termijn.weekdagen"))
    voorzetsel = (
        r"(?:voor|vóór|tegen|na|in|rond|rondom|begin|eind|einde|medio|halverwege|tot|vanaf|"
        r"uiterlijk|bij|met|op|per|half)"
    )
    voorzetsels = voorzetsel[3:-1].split("|")
    # Een maand (ook afgekort) na witruimte, maar zonder woordgrens erachter: het begin van een
    # woorddeel ("12 sept." of "12 maartje" ook).
    maanden, afkortingen = lijst.begin("termijn.maanden"), lijst.begin("termijn.maand_afkortingen")
    maandeis = (
        None
        if maanden is None or afkortingen is None
        else Eis(voor=tuple(sorted(maanden | afkortingen)))
    )
    return (
        _deel(r"\b\d{4}-\d{1,2}-\d{1,2}\b", cijfer=True, cijferbegin=True, vorm=r"\d{4}"),
        _deel(
            # "in 4/5 lessen" is ook zo'n treffer; `herkenning._breuk_als_maat` haalt die weg.
            # Een dag van 1 tot 31 en een maand van 1 tot 12; "om 19.30 uur" is een kloktijd.
            r"(?<!groep )\b(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])(?:[-/.]\d{2,4})?\b"
            r"(?!\s*uur\b)",
            cijfer=True,
            cijferbegin=True,
            vorm=r"\d{1,2}",
        ),
        _deel(
            # "2 dec", niet "2 decimalen"
            rf"\b\d{{1,2}}(?:e|ste|de)?\s+(?:{maand}\b|{afkorting}\b\.?)(?:\s+\d{{4}})?",
            cijfer=True,
            cijferbegin=True,
            vorm=r"\d{1,2}(?:e|ste|de)?",  # daarna witruimte: de reeks houdt daar op
            eisen=[maandeis],
        ),
        _deel(  # "t/m de kerst" (een vakantie of maand na "t/m" vinden de andere delen al)
            rf"\bt/m\s+(?:de\s+|het\s+)?{feest}\b",
            woorden_van(lijst("termijn.feestdagen")),
            begin=[None],
            eisen=[Eis(stukjes=("t/m",)), lijst.kern("termijn.feestdagen")],
        ),
        _deel(
            # "eind jan.", "medio feb", "in mrt.": een afgekorte maand na een grens, of met punt
            # na een voorzetsel ("voor Jan." is een naam: "voor" en "met" tellen daarom niet).
            rf"\b(?:eind|einde|begin|medio|halverwege|half)\s+{afkorting}\b\.?"
            rf"|\b(?:in|vóór|na|tot|rond|uiterlijk|vanaf)\s+{afkorting}\.",
            lijst("termijn.maand_afkortingen"),
            begin=[("eind", "einde", "begin", "medio", "halverwege", "half", "in", "vóór", "na",
                    "tot", "rond", "uiterlijk", "vanaf")],
        ),
        _deel(
            rf"(?<!sinds )(?<!afgelopen )(?<!vorige )\b{maand}\b(?:\s+\d{{4}})?",
            lijst("termijn.maanden"),
            begin=[lijst.begin("termijn.maanden")],
        ),
        _deel(
            rf"\b(?:binnen|over|na|in|komende|gedurende|(?:na|voor)\s+afloop\s+van)\s+"
            rf"(?:(?:een|de)\s+(?:periode|tijd|termijn)\s+van\s+)?"
            rf"(?:de\s+komende\s+|ruim\s+|uiterlijk\s+|maximaal\s+|hooguit\s+)?"
            rf"(?:{g.getal1}|een\s+half|anderhalve?|half)\s*{eenheid}\b",
            woorden_van(lijst("termijn.eenheden")),
            begin=[("binnen", "over", "na", "in", "komende", "gedurende", "voor")],
        ),
        Deel(
            re.compile(r"\b\w*vakantie\b"),
            frozenset(),
            achter="vakantie",
            altijd=True,
            eisen=(Eis(achter=("vakantie",)),),
        ),
        _deel(
            rf"\b{voorzetsel}\s+(?:de\s+|het\s+)?{feest}\b",
            woorden_van(lijst("termijn.feestdagen")),
            begin=[voorzetsels],
            # Niet bij elk "voor de": "kerstviering" uit "de kerstviering" moet er ook staan.
            eisen=[lijst.kern("termijn.feestdagen")],
        ),
        _deel(
            rf"(?<!per )(?<!elke )(?<!iedere )"
            rf"\b(?:{grens_t}\s+(?:van\s+)?(?:de\s+|het\s+)?)?{periode}[\s-]*{g.getal}\b",
            woorden_van(lijst("termijn.perioden")),
            begin=[lijst.begin("termijn.grenzen")],
            voor=lijst.begin("termijn.perioden"),  # "blok3": het getal mag vastzitten
        ),
        _deel(
            rf"\b(?:aan\s+het\s+|tegen\s+het\s+|op\s+het\s+|bij\s+het\s+|per\s+|voor\s+het\s+)?"
            rf"{grens_t}\s+(?:van\s+)?(?:het\s+|dit\s+|deze\s+|de\s+|volgend\s+|volgende\s+)?"
            rf"(?:schooljaar|jaar|groep\s*\d+|leerjaar\s*\d+|{periode}|planperiode|maand|"
            rf"kwartaal|{maand}|{feest}|\w*vakantie|\w*periode|semester|les|lesdag|schooldag|"
            rf"dag|week|schoolweek|ochtend|middag|morgen)\b",
            woorden_van(lijst("termijn.grenzen")),
            begin=[("aan", "tegen", "op", "bij", "per", "voor"), lijst.begin("termijn.grenzen")],
        ),
        _deel(
            rf"\b(?:bij|tijdens|voor|vóór|na|op|in|rond|tot|uiterlijk\s+bij)\s+(?:de|het)\s+"
            rf"(?:volgende\s+|eerstvolgende\s+|eerste\s+|tweede\s+|derde\s+|laatste\s+|"
            rf"geplande\s+|komende\s+|jaarlijkse\s+)?(?:[a-zë]+e\s+)?(?:opp-|cito-|lvs-)?"
            rf"{moment}\b",
            woorden_van(lijst("termijn.momenten")),
            begin=["bij tijdens voor vóór na op in rond tot uiterlijk".split()],
            eisen=[lijst.kern("termijn.momenten")],  # "minutengesprek", niet de "10" ervan
        ),
        _deel(  # "(evaluatie feb)", "-> evaluatie in jan.": een moment met een afgekorte maand
            rf"\b{moment}\s+(?:in\s+)?{afkorting}\b\.?",
            woorden_van(lijst("termijn.momenten")),
            begin=[lijst.begin("termijn.momenten")],
            eisen=[lijst.kern("termijn.momenten"), lijst.kern("termijn.maand_afkortingen")],
        ),
        _deel(
            r"\b(?:cito|toets|lvs)[\s-]*[me]\s?\d\b|\b[me]\d-?toets\b",
            cijfer=True,
            voor=("cito", "toets", "lvs"),
            cijfer_tweede=True,
            vorm=r"(?:cito|toets|lvs|[me]\d)\w*",  # niet bij elk getal ("10")
            eisen=[Eis(voor=("cito", "toets", "lvs"), achter=("toets",))],
            achteraan=True,
        ),
        _deel(
            rf"\b(?:voor|vóór|op|uiterlijk|tot|per|a\.s\.)\s+(?:a\.s\.\s+|aanstaande\s+|"
            rf"volgende\s+)?{weekdag}\b",
            lijst("termijn.weekdagen"),
            begin=[("voor", "vóór", "op", "uiterlijk", "tot", "per", "a")],
        ),
        _deel(
            rf"(?<!elke )(?<!iedere )(?<!ieder )(?<!elk )(?<!per )(?<!op )(?<!\w)(?<!\w-)"
            rf"{weekdag}\b(?!\s+(?:en|tot|t/m|of)\b)(?!-)",
            lijst("termijn.weekdagen"),
            begin=[lijst.begin("termijn.weekdagen")],
        ),
        _deel(
            r"\b(?:volgende|deze|komende)\s+(?:week|maand|semester)\b"
            r"|\b(?:volgend|dit)\s+(?:schooljaar|semester)\b",
            {"volgende", "deze", "komende", "volgend", "dit"},
            begin=[("volgende", "deze", "komende", "volgend", "dit")],
            eisen=[Eis(frozenset({"week", "maand", "schooljaar", "semester"}))],
        ),
        _deel(
            r"\bmorgen\b|\bovermorgen\b",
            {"morgen", "overmorgen"},
            begin=[("morgen", "overmorgen")],
            achteraan=True,
        ),
        _deel(
            r"\b(?:in|voor|vóór|per|uiterlijk|eind|einde|begin|medio|tot)\s+20\d\d\b",
            cijfer=True,
            begin=["in voor vóór per uiterlijk eind einde begin medio tot".split()],
            eisen=[Eis(voor=("20",))],
        ),
        _deel(
            r"\bschooljaar\s+20\d\d(?:\s*[-/]\s*(?:20)?\d\d)?\b",
            cijfer=True,
            begin=[("schooljaar",)],
        ),
    )


def _criteriumdelen(lijst: _Lijsten, g: _Getallen) -> tuple[Deel, ...]:
    maatwoord = alternatieven(lijst("criterium.maatwoorden"))
    elke = alternatieven(lijst("criterium.elke"))
    grens = alternatieven(lijst("criterium.grens"))
    duur = alternatieven(lijst("criterium.duur"))
    niveausleutels = set(
        "avi niveau score functioneringsniveau leerroute cijfer stap fase schaal trede woorden "
        "wpm voldoende".split()
    )
    return (
        _deel(
            # Ook afgekort: "4 v/d 5 keer", "4 v.d. 5".
            rf"\b{g.getal1}\s+(?:(?:van|uit|op)\s+(?:de\s+|het\s+|alle\s+)?|v/d\s+|v\.d\.\s*)"
            rf"{g.getal}\b",
            g.sleutels,
            cijfer=True,
            begin=[g.begin1],
            cijferbegin=True,
            eisen=[Eis(frozenset({"van", "uit", "op", "v"})), g.eis],  # "van" staat los
        ),
        _deel(  # "in 4/5 lessen", "18/20 sommen goed", "3/4 keer"
            # Een meervoud erachter, maar geen woordje op -en of -s ("op 1/3 minstens …").
            r"\b\d{1,3}\s*/\s*\d{1,3}(?!\s+(?:een|binnen|buiten|minstens|thuis|tijdens|samen|"
            r"steeds|eens|iets|alles|dus)\b)(?=\s+(?:[a-zà-ÿ]+(?:en|s)|keer|maal|x|van|goed|"
            r"fout|correct|juist)\b)",
            cijfer=True,
            cijferbegin=True,
            vorm=r"\d{1,3}",
            eisen=[Eis(stukjes=("/",))],
        ),
        _deel(
            rf"\b{g.cijfer}\s*(?:%|procent\b)",
            cijfer=True,
            cijferbegin=True,
            vorm=r"\d+(?:procent)?",  # "80", of aan elkaar: "80procent"
            eisen=[Eis(achter=("procent",), stukjes=("%",))],
        ),
        _deel(rf"\b{g.woordgetal}\s+procent\b", {"procent"}, begin=[g.begin]),
        _deel(
            r"\b(?:de\s+)?helft\b|\b(?:een|één|twee|drie)\s*(?:kwart|derde|vierde)\b",
            woorden_van(lijst("getallen.delen")) | {"helft", "kwart", "derde", "vierde"},
            begin=[
                ("de", "helft"),
                _aaneen("een één twee drie".split(), ("kwart", "derde", "vierde")),
            ],
            eisen=[Eis(frozenset({"helft"}), achter=("kwart", "derde", "vierde"))],
        ),
        _deel(
            rf"\b(?:{g.getal1}|\d+x)\s*(?:keer|maal|x)\b(?:\s+(?:per|in\s+de|op\s+een|op\s+de)\s+\w+)?",
            {"keer", "maal", "x"},
            cijfer=True,
            begin=[_aaneen(g.begin1, ("keer", "maal", "x"))],
            cijferbegin=True,
            # Ook vast aan het getal ("3x", "tweemaal"), maar altijd aan het eind van een woorddeel.
            eisen=[Eis(achter=("keer", "maal", "x"))],
        ),
        _deel(
            rf"(?<!\w){maatwoord}(?!\w)",
            woorden_van(lijst("criterium.maatwoorden")),
            cijfer=True,
            begin=[lijst.begin("criterium.maatwoorden")],
            eisen=[lijst.kern("criterium.maatwoorden")],  # "voldoende", niet elke "een"
        ),
        _deel(rf"\b{elke}\s+\w+", lijst("criterium.elke"), begin=[lijst.begin("criterium.elke")]),
        _deel(
            rf"\b{grens}\s+(?:{g.getal1}|de\s+helft)\b(?:\s+\w+)?",
            {w.split()[0] for w in lijst("criterium.grens")},
            begin=[lijst.begin("criterium.grens")],
        ),
        _deel(
            rf"\b(?:{g.getal1}|een\s+half|anderhalf|een\s+paar)\s+{duur}\b",
            lijst("criterium.duur"),
            begin=[g.begin1, ("een", "anderhalf")],
            cijferbegin=True,
        ),
        _deel(
            rf"\b(?:meer|minder|langer|korter|sneller|vaker|hoger|lager)\s+dan\s+{g.getal1}\b"
            rf"(?:\s+\w+)?",
            {"dan"},
            begin=[("meer", "minder", "langer", "korter", "sneller", "vaker", "hoger", "lager")],
        ),
        _deel(
            r"\bavi[-\s]*(?:niveau\s*|plus\s*)?(?:[em]\s?\d+|start|plus|\d+)\b",
            {"avi"},
            voor=("avi",),
            achteraan=True,
        ),
        _deel(
            r"\b(?:niveau|score|functioneringsniveau)\s+[em]\s?\d\b|\b[em][3-8]\b",
            cijfer=True,
            begin=[("niveau", "score", "functioneringsniveau"), _aaneen("em", "345678")],
        ),
        _deel(
            r"\b[12][fs]\b|\bleerroute\s*\d\b",
            cijfer=True,
            begin=[("1f", "2f", "1s", "2s")],
            voor=("leerroute",),
        ),
        _deel(
            rf"\b(?:niveau|score|cijfer|stap|fase|schaal|trede)\s+(?:van\s+)?(?:een\s+)?"
            rf"(?:{g.getal}|[ivx]{{1,3}}|[a-e])\b",
            niveausleutels,
            begin=[("niveau", "score", "cijfer", "stap", "fase", "schaal", "trede")],
        ),
        _deel(
            r"\b(?:i{1,3}|iv|v|[a-e])-(?:score|niveau)\b",
            {"score", "niveau"},
            begin=[("i", "ii", "iii", "iv", "v", "a", "b", "c", "d", "e")],
            achteraan=True,
        ),
        _deel(
            r"\bwoorden\s+per\s+minuut\b|\bwpm\b|\bwoorden\s+per\s+min\b",
            {"wpm", "per"},
            begin=[("woorden", "wpm")],
        ),
        _deel(
            r"\b(?:een|minimaal\s+een|ten\s+minste\s+een)\s+(?:voldoende|\d+(?:[.,]\d)?)\b",
            {"voldoende"},
            cijfer=True,
            begin=[("een", "minimaal", "ten")],
        ),
    )
