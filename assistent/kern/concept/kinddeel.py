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

# Wat de volwassene over het horen vastlegt, hoort niet in het stuk van het kind zelf (rollen).
ADMINISTRATIEF = frozenset({"gehoord_datum", "gehoord_hoe", "gehoord_door", "kind_meegenomen"})


def kindantwoorden(feiten: Feiten) -> list[Feit]:
    return [
        f for f in feiten.beantwoord("kinddeel", "stem_kind") if f.vraag.rol not in ADMINISTRATIEF
    ]


def _is_doel(feit: Feit) -> bool:
    return feit.vraag.rol == "kind_doel" or feit.vraag.soort == "doel"


def _helpt(feit: Feit) -> bool:
    return feit.vraag.rol == "kind_helpt"


def _alineas(feiten: list[Feit], zonder_kop: bool = True) -> list[Blok]:
    """Zonder kop waar de sectietitel al zegt wat het is; wat het kind zei staat altijd kaal."""
    return [
        a for f in feiten
        if (a := alinea_van(f, f.vraag.titel if zonder_kop or f.vraag.rol == "kind_gezegd"
                            else "")) is not None
    ]


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


def bouw_kinddeel(feiten: Feiten, vandaag: date) -> OppConcept:
    vw = vormen(feiten)
    eigen = kindantwoorden(feiten)
    doel = [f for f in eigen if _is_doel(f)]
    helpt = [f for f in eigen if _helpt(f) and f not in doel]
    verteld = [f for f in eigen if f not in doel and f not in helpt]
    ik: list[Blok] = [Alinea(f"Ik heet {vw['naam']}.", "afgeleid")]
    groep = feiten.rol("groep")
    if isinstance(groep, int | float) and not isinstance(groep, bool):
        ik.append(Alinea(f"Ik zit in groep {groep:g}.", "afgeleid"))
    hulp: list[Blok] = _alineas(helpt) or _wat_helpt_op_school(feiten)
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
