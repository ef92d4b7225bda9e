"""Het kinddeel: ik-vorm, eenvoudige woorden, ruimte om te tekenen."""

from __future__ import annotations

from datetime import date

from assistent.kern.concept.feiten import alinea_van, vormen
from assistent.kern.concept.model import (
    PRIVACY,
    Alinea,
    Blok,
    Feit,
    Feiten,
    OppConcept,
    Sectie,
    Tekenvak,
    nog_invullen,
)
from assistent.kern.vragenlijst.waarden import datumtekst, toon

# Wat de volwassene over het horen vastlegt, hoort niet in het stuk van het kind zelf.
ADMINISTRATIEF = frozenset({"gehoord_datum", "gehoord_hoe", "gehoord_door", "kind_meegenomen"})


def kindantwoorden(feiten: Feiten) -> list[Feit]:
    return [
        f for f in feiten.beantwoord("kinddeel", "stem_kind") if f.vraag.id not in ADMINISTRATIEF
    ]


def _is_doel(feit: Feit) -> bool:
    return feit.vraag.soort == "doel" or "doel" in feit.vraag.id


def _helpt(feit: Feit) -> bool:
    return "help" in feit.vraag.id or "hulp" in feit.vraag.id


def _alineas(feiten: list[Feit], zonder_kop: bool = True) -> list[Blok]:
    """Zonder kop waar de sectietitel al zegt wat het is; wat het kind zei staat altijd kaal."""
    return [
        a for f in feiten
        if (a := alinea_van(f, f.vraag.titel if zonder_kop or f.vraag.id == "kind_gezegd"
                            else "")) is not None
    ]


def bouw_kinddeel(feiten: Feiten, vandaag: date) -> OppConcept:
    vw = vormen(feiten)
    eigen = kindantwoorden(feiten)
    doel = [f for f in eigen if _is_doel(f)]
    helpt = [f for f in eigen if _helpt(f) and f not in doel]
    verteld = [f for f in eigen if f not in doel and f not in helpt]
    ik: list[Blok] = [Alinea(f"Ik heet {vw['naam']}.", "afgeleid")]
    groep = feiten.waarde("groep")
    if isinstance(groep, int | float) and not isinstance(groep, bool):
        ik.append(Alinea(f"Ik zit in groep {groep:g}.", "afgeleid"))
    hulp: list[Blok] = _alineas(helpt)
    if not hulp:
        school = feiten.waarde("bevorderend_onderwijs")
        vraag = next((f.vraag for f in feiten.items if f.vraag.id == "bevorderend_onderwijs"), None)
        if isinstance(school, list) and school and vraag is not None:
            hulp = [Alinea("", "afgeleid", "", tuple(toon(vraag, [w]) for w in school))]
        else:
            hulp = [Alinea(nog_invullen("wat mij helpt"), "ontbreekt")]
    secties = (
        Sectie("uitleg", "Voor wie dit samen leest", (Alinea(
            f"Dit stuk is van {vw['naam']}. Lees het samen met {vw['hem']}. {vw['Hij']} mag "
            f"alles in {vw['zijn']} eigen woorden zeggen, veranderen of erbij tekenen.",
            "afgeleid",
        ),)),
        Sectie("ik", "Dit ben ik", tuple(ik)),
        Sectie("verteld", "Dit heb ik verteld", tuple(
            _alineas(verteld, zonder_kop=False)
            or [Alinea(nog_invullen("wat ik vertelde"), "ontbreekt")]
        )),
        Sectie("mijn_doel", "Mijn doel", tuple(
            _alineas(doel) or [Alinea(nog_invullen("mijn doel, in eigen woorden"), "ontbreekt")]
        )),
        Sectie("helpt", "Wat mij helpt", tuple(hulp)),
        Sectie("tekenen", "Hier mag ik tekenen", (
            Tekenvak("Teken of schrijf hier wat jij belangrijk vindt."),
        )),
        Sectie("naam", "Mijn naam", (
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
    )
