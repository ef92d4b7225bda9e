"""Het kinddeel: ik-vorm, eenvoudige woorden, ruimte om te tekenen, op één A4.

Het kind leest hier wat het zelf zei, zijn eigen doel, wat helpt en wat de grote mensen gaan
doen, en zegt wat het van het plan vindt. Een kop staat in de ik-vorm; een antwoord dat de
volwassene in de derde persoon opschreef, krijgt een kop die dat eerlijk zegt.
"""

from __future__ import annotations

import re
from datetime import date

from assistent.kern.concept.feiten import alinea_van, vormen
from assistent.kern.concept.model import (
    PRIVACY,
    VAKJE,
    Alinea,
    Blok,
    Feit,
    Feiten,
    OppConcept,
    Schrijfruimte,
    Sectie,
    Tekenvak,
    nog_invullen,
)
from assistent.kern.concept.opp import als_datum, kopregel
from assistent.kern.concept.zinnen import is_ikvorm, samen
from assistent.kern.school import Schoolprofiel
from assistent.kern.vragenlijst.waarden import datumtekst, toon

# Wat de volwassene over het horen vastlegt, hoort niet in het stuk van het kind zelf (rollen).
ADMINISTRATIEF = frozenset({"gehoord_datum", "gehoord_hoe", "gehoord_door", "kind_meegenomen"})
MENING = ("goed", "een beetje", "nog niet")
_OVER_HET_KIND = re.compile(r"\b(kind|leerling)\b", re.IGNORECASE)


def kindantwoorden(feiten: Feiten) -> list[Feit]:
    return [
        f for f in feiten.beantwoord("kinddeel", "stem_kind") if f.vraag.rol not in ADMINISTRATIEF
    ]


def _is_doel(feit: Feit) -> bool:
    return feit.vraag.rol == "kind_doel" or feit.vraag.soort == "doel"


def _helpt(feit: Feit) -> bool:
    return feit.vraag.rol == "kind_helpt"


def _kindkop(kop: str, naam: str) -> bool:
    """Een kop die over 'het kind' praat ('Wat helpt, volgens het kind') hoort niet op het blad
    van het kind zelf."""
    return bool(_OVER_HET_KIND.search(kop)) or (bool(naam) and naam.lower() in kop.lower())


def _alineas(feiten: Feiten, lijst: list[Feit], met_kop: bool) -> list[Blok]:
    vw = vormen(feiten)
    uit: list[Blok] = []
    for feit in lijst:
        alinea = alinea_van(feit, "", vw)
        if alinea is None:
            continue
        kop = alinea.kop if met_kop and not _kindkop(alinea.kop, vw["naam"]) else ""
        uit.append(Alinea(alinea.tekst, alinea.herkomst, kop, alinea.punten, alinea.vraag))
    return uit


def _wat_helpt_op_school(feiten: Feiten) -> list[Blok]:
    """Zonder eigen woorden van het kind: wat op school helpt, uit de bevorderende factoren."""
    punten = tuple(
        toon(f.vraag, [w])
        for f in feiten.beantwoord("factoren_bevorderend")
        if f.vraag.domein == "onderwijs" and isinstance(f.waarde, list)
        for w in f.waarde
    )
    if punten:
        return [Alinea("", "afgeleid", "", punten)]
    return [Alinea(nog_invullen("wat mij helpt"), "ontbreekt")]


def voornamen(namen: str) -> str:
    """'Eva Jansen en Tom de Wit' wordt 'Eva en Tom': zo noemt een kind zijn juf of meester.
    Een voorletter ('E. Jansen') laten we staan zoals hij is."""
    delen = [d.strip() for d in re.split(r",|/|\ben\b|&", namen) if d.strip()]
    eerste = [d.split()[0] for d in delen]
    if not eerste or any(len(v) < 3 or v.endswith(".") for v in eerste):
        return namen.strip()
    return samen(eerste)


def grote_mensen(feiten: Feiten, school: Schoolprofiel) -> str:
    """Wat de volwassenen gaan doen, in woorden voor een kind, uit wat vaststaat: wie helpt,
    of ouders thuis meedoen en wanneer we kijken hoe het gaat."""
    leerkracht = feiten.rol("leerkracht")
    if isinstance(leerkracht, str) and leerkracht.strip():
        namen = voornamen(leerkracht)
        helpt = "helpen" if " en " in namen else "helpt"
        zinnen = [f"Op school {helpt} {namen} mij."]
    else:
        zinnen = ["Op school helpt mijn juf of meester mij."]
    if school.intern_begeleider:
        zinnen.append(f"{voornamen(school.intern_begeleider)} kijkt mee of het goed gaat.")
    if feiten.beantwoord("afspraken_ouders"):
        zinnen.append("Thuis helpen ze mij ook.")
    moment = als_datum(feiten.rol("tussenevaluatie")) or als_datum(feiten.rol("evaluatie_datum"))
    if moment is not None:
        zinnen.append(f"Op {datumtekst(moment)} kijken we samen hoe het gaat.")
    return " ".join(zinnen)


def bouw_kinddeel(
    feiten: Feiten, vandaag: date, school: Schoolprofiel | None = None
) -> OppConcept:
    profiel = school or Schoolprofiel()
    vw = vormen(feiten)
    eigen = kindantwoorden(feiten)
    doel = [f for f in eigen if _is_doel(f)]
    helpt = [f for f in eigen if _helpt(f) and f not in doel]
    verteld = [f for f in eigen if f not in doel and f not in helpt]
    ik = f"Ik heet {vw['naam']}."
    groep = feiten.rol("groep")
    if isinstance(groep, int | float) and not isinstance(groep, bool):
        ik += f" Ik zit in groep {groep:g}."
    gezegd = next((f for f in verteld if f.vraag.rol == "kind_gezegd"), None)
    eigen_woorden = gezegd is None or not isinstance(gezegd.waarde, str) or is_ikvorm(
        gezegd.waarde)
    hulp: list[Blok] = _alineas(feiten, helpt, False) or _wat_helpt_op_school(feiten)
    secties = (
        Sectie("uitleg", "", (Alinea(
            f"Dit stuk is van {vw['naam']}. Lees het samen met {vw['hem']}. {vw['Hij']} mag "
            f"alles in {vw['zijn']} eigen woorden zeggen, veranderen of erbij tekenen.",
            "afgeleid",
        ),)),
        Sectie("ik", "Dit ben ik", (Alinea(ik, "afgeleid"),)),
        Sectie("verteld", "Dit heb ik verteld" if eigen_woorden else
               "Dit hebben we opgeschreven over wat ik vertelde", tuple(
            _alineas(feiten, verteld, True)
            or [Alinea(nog_invullen("wat ik vertelde"), "ontbreekt")]
        )),
        Sectie("mijn_doel", "Mijn doel", tuple(
            _alineas(feiten, doel, False)
            or [Alinea(nog_invullen("mijn doel, in eigen woorden"), "ontbreekt")]
        )),
        Sectie("helpt", "Wat mij helpt", tuple(hulp)),
        Sectie("grote_mensen", "Dit doen de grote mensen",
               (Alinea(grote_mensen(feiten, profiel), "afgeleid"),)),
        Sectie("mening", "Wat vind ik van mijn plan?", (
            Alinea("   ".join(f"{VAKJE} {m}" for m in MENING), "afgeleid"),
            Schrijfruimte("Dit wil ik nog zeggen", 1),
        )),
        Sectie("tekenen", "Hier mag ik tekenen", (
            Tekenvak("Teken of schrijf hier wat jij belangrijk vindt."),
        )),
        Sectie("naam", "", (
            Alinea("Mijn naam: ____________________   Datum: ______________", "afgeleid"),
        )),
    )
    return OppConcept(
        document="kinddeel",
        titel=f"Mijn plan: {vw['naam']}",
        ondertitel=f"Gemaakt op {datumtekst(vandaag)}",
        privacy=PRIVACY,
        secties=secties,
        feiten=feiten,
        vandaag=vandaag,
        kopregel=kopregel("Kinddeel", feiten, vandaag),
    )
