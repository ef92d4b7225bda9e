"""De twee tabellen van het OPP: factoren (per domein) en doelen (met criterium en termijn).

De doelcheck vult criterium, termijn en meting waar hij ze vindt. Wat niet te vinden is,
blijft een zichtbare open plek: liever '[nog invullen: termijn]' dan een verzonnen datum.
"""

from __future__ import annotations

from assistent.kern.concept.feiten import generieke_blokken
from assistent.kern.concept.model import (
    Alinea,
    Blok,
    Doel,
    Feiten,
    Tabel,
    heeft_inhoud,
    nog_invullen,
)
from assistent.kern.doelcheck import Doelchecker, Doeloordeel
from assistent.kern.vragenlijst.rollen import DOMEINEN
from assistent.kern.vragenlijst.waarden import toon

FACTOR_KOLOMMEN = ("Domein", "Bevorderend", "Belemmerend")
DOEL_KOLOMMEN = ("Doel", "Criterium", "Termijn", "Meting", "Wie")
LEEG = "–"


def factoren(feiten: Feiten) -> list[Blok]:
    """De factorentabel: één rij per domein dat de vraag zelf noemt (kind, onderwijs, thuis).

    Een open factorvraag met een domein komt in de tabel; zonder domein is het een toelichting
    onder de tabel. 'Overig' staat er alleen als een vraag dat domein kiest.
    """
    cellen: dict[tuple[str, str], list[str]] = {}
    toelichting: list[Blok] = []
    for soort in ("bevorderend", "belemmerend"):
        for feit in feiten.beantwoord(f"factoren_{soort}"):
            vraag, waarde = feit.vraag, feit.waarde
            if isinstance(waarde, list) and vraag.soort in ("meerkeuze", "lijst"):
                cel = cellen.setdefault((vraag.domein or "overig", soort), [])
                cel.extend(toon(vraag, [w]) for w in waarde)
            elif waarde is not None and vraag.domein is not None:
                cellen.setdefault((vraag.domein, soort), []).append(toon(vraag, waarde))
            elif waarde is not None:
                tekst = toon(vraag, waarde)
                toelichting.append(Alinea(tekst, "antwoord", vraag.titel, (), vraag.id))
    vast = [d for d in DOMEINEN if d != "overig"]
    domeinen = [*vast, *(["overig"] if any(d == "overig" for d, _ in cellen) else [])]
    rijen = tuple(
        (
            DOMEINEN[d],
            "\n".join(cellen.get((d, "bevorderend"), [])) or LEEG,
            "\n".join(cellen.get((d, "belemmerend"), [])) or LEEG,
        )
        for d in domeinen
    )
    blokken: list[Blok] = [Tabel("factoren", FACTOR_KOLOMMEN, rijen)]
    for soort in ("bevorderend", "belemmerend"):
        if not any(s == soort for _, s in cellen) and not feiten.beantwoord(f"factoren_{soort}"):
            blokken.append(Alinea(nog_invullen(f"{soort}e factoren"), "ontbreekt"))
    return blokken + toelichting


def doelteksten(feiten: Feiten) -> list[tuple[str, str]]:
    """(vraag-id, doel) voor elk doel van een vraag met de rol doel."""
    uit: list[tuple[str, str]] = []
    for feit in feiten.met_rol("doel"):
        if not heeft_inhoud(feit.waarde):
            continue
        waarde = feit.waarde
        items = waarde if isinstance(waarde, list) else [str(waarde)]
        uit.extend((feit.vraag.id, item) for item in items if item)
    return uit


def beoordeel_doelen(feiten: Feiten, doelcheck: Doelchecker) -> tuple[Doel, ...]:
    """Elk doel met het oordeel van de doelcheck: één keer, voor tabel en controles samen."""
    return tuple(
        Doel(tekst, vraag_id, doelcheck(tekst), vraag_id in feiten.aanvaard)
        for vraag_id, tekst in doelteksten(feiten)
    )


def doelen(feiten: Feiten, beoordeeld: tuple[Doel, ...]) -> list[Blok]:
    wie = _wie(feiten)
    rijen: list[tuple[str, ...]] = [
        (doel.tekst, *_cellen(doel.oordeel), wie) for doel in beoordeeld
    ]
    blokken: list[Blok] = []
    if not rijen:
        rijen = [(nog_invullen("doel"), *(nog_invullen(k.lower()) for k in DOEL_KOLOMMEN[1:]))]
    blokken.append(Tabel("doelen", DOEL_KOLOMMEN, tuple(tuple(r) for r in rijen)))
    for vraag_id, reden in feiten.aanvaard.items():
        feit = next((f for f in feiten.in_sectie("doelen") if f.vraag.id == vraag_id), None)
        if feit is not None and heeft_inhoud(feit.waarde):
            blokken.append(Alinea(reden, "antwoord", "Bewust zo geformuleerd", (), vraag_id))
    rest = generieke_blokken(feiten, ("doelen",), "Doelen", zonder=frozenset({"doel"}))
    blokken.extend(b for b in rest if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return blokken


def _wie(feiten: Feiten) -> str:
    feit = feiten.feit("aanpak_wie")
    if feit is not None and feit.waarde:
        return toon(feit.vraag, feit.waarde)
    return nog_invullen("wie")


def _cellen(oordeel: Doeloordeel) -> tuple[str, str, str]:
    """Criterium, termijn en meting zoals de doelcheck ze in het doel vond, anders open."""
    criterium, termijn = (_gevonden(oordeel, element) for element in ("criterium", "termijn"))
    meting = _gevonden(oordeel, "meetinstrument")
    if meting == nog_invullen("meetinstrument"):
        # Een instrument dat de doelcheck alleen voorstelt, staat er als open plek met hint.
        meting = nog_invullen(
            f"meting, bijvoorbeeld {oordeel.meetinstrument}" if oordeel.meetinstrument
            else "meting"
        )
    return criterium, termijn, meting


def _gevonden(oordeel: Doeloordeel, element: str) -> str:
    woorden = dict.fromkeys(v.woorden.strip(" ,.") for v in oordeel.gevonden(element))
    return ", ".join(w for w in woorden if w) or nog_invullen(element)
