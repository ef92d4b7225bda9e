"""De gespreksagenda: wat nog open staat eerst, dan de punten in gespreksvolgorde (kind eerst)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assistent.kern.concept.feiten import alinea_van, generieke_blokken, vormen
from assistent.kern.concept.kinddeel import kindantwoorden
from assistent.kern.concept.model import PRIVACY, Alinea, Blok, Feiten, OppConcept, Sectie
from assistent.kern.concept.tabellen import doelteksten
from assistent.kern.concept.volledigheid import Controle
from assistent.kern.vragenlijst.waarden import datumtekst, toon


def _punten(feiten: Feiten, sectie: str) -> tuple[str, ...]:
    """Elk aangevinkt punt uit de lijsten van een sectie, zoals de factoren."""
    uit: list[str] = []
    for feit in feiten.in_sectie(sectie):
        if isinstance(feit.waarde, list):
            uit.extend(toon(feit.vraag, [w]) for w in feit.waarde)
    return tuple(uit)


def _punt(titel: str, nummer: int, *blokken: Blok) -> Sectie:
    return Sectie(f"punt_{nummer}", f"{nummer}. {titel}", tuple(blokken), 2)


def bouw_agenda(feiten: Feiten, vandaag: date, controles: Sequence[Controle]) -> OppConcept:
    """De agenda; `controles` zijn die van het OPP, zodat open punten op de agenda komen."""
    vw = vormen(feiten)
    open_ = [c for c in controles if not c.ok]
    secties: list[Sectie] = []
    if feiten.in_sectie("agenda"):
        secties.append(Sectie("gesprek", "Het gesprek", tuple(
            generieke_blokken(feiten, ("agenda",), "Het gesprek")
        )))
    secties.append(Sectie("open", "Nog open in het OPP", (
        Alinea("", "afgeleid", "", tuple(f"{c.onderdeel}: {c.uitleg}" for c in open_))
        if open_ else Alinea("Alle onderdelen zijn ingevuld.", "afgeleid"),
    )))
    gezegd = [a for f in kindantwoorden(feiten) if (a := alinea_van(f)) is not None]
    bevorderend = _punten(feiten, "factoren_bevorderend")
    belemmerend = _punten(feiten, "factoren_belemmerend")
    uitstroom = [alinea_van(f) for f in feiten.beantwoord("uitstroomperspectief")]
    doelen = tuple(tekst for _, tekst in doelteksten(feiten))
    instemming = feiten.feit("instemming")
    stand = toon(instemming.vraag, instemming.waarde) if instemming and instemming.waarde else (
        "nog niet besproken"
    )
    instemming_ja = feiten.rol("instemming") == "ja"
    evaluatie = feiten.rol("evaluatie_datum")
    secties.append(Sectie("agenda", "Agenda", ()))
    punten: list[tuple[str, list[Blok]]] = [
        ("Welkom en doel", [Alinea(
            "Wie zijn er en wat willen we na dit gesprek afgesproken hebben? Vraag toestemming "
            "als er iemand van buiten de school meepraat.", "afgeleid")]),
        (f"Eerst {vw['naam']}", [Alinea(
            f"Wat gaat goed, wat is moeilijk en wat helpt {vw['hem']}? {vw['Naam']} vertelt "
            "zelf, of we lezen samen het kinddeel.", "afgeleid"), *gezegd]),
        ("Wat goed gaat", [Alinea("Herkent iedereen dit? Wat zien ouders thuis?", "afgeleid",
                                  "", bevorderend)]),
        ("Zorgen", [Alinea("Wat maakt het moeilijk, op school en thuis? Herkent iedereen dit?",
                           "afgeleid", "", belemmerend)]),
        ("Uitstroomperspectief", [*(a for a in uitstroom if a), Alinea(
            "Bespreek de verwachting en de onderbouwing. Leg vast wat ouders ervan vinden, ook "
            "als jullie het niet eens zijn.", "afgeleid")]),
        ("Doelen", [Alinea(f"Welk doel kiest {vw['naam']} zelf? Zijn de doelen haalbaar en "
                           "ambitieus genoeg?", "afgeleid", "", doelen)]),
        ("Aanpak", [Alinea("Wat doet de school, wat doen ouders thuis en wat doet "
                           f"{vw['naam']} zelf?", "afgeleid")]),
        ("Instemming handelingsdeel", [Alinea(
            "Ouders stemmen in: zet het akkoord op papier." if instemming_ja else
            f"Stand nu: {stand}. Vraag ouders of zij instemmen en noteer het antwoord. De "
            "ondersteuning gaat intussen gewoon door.", "afgeleid")]),
        ("Afspraken en evaluatie", [Alinea(
            (f"Evaluatie op {datumtekst(evaluatie)}. " if isinstance(evaluatie, date) else
             "Prik een datum voor de evaluatie, binnen een jaar. ")
            + "Spreek ook een tussenmoment af na zes tot acht weken, en wie de regie houdt.",
            "afgeleid")]),
        ("Afronding", [Alinea(
            "Ondertekenen (voor gezien en akkoord handelingsdeel), begin- en einddatum in de "
            f"leerlingadministratie. Vraag {vw['naam']}: wat neem jij mee uit dit gesprek?",
            "afgeleid")]),
    ]
    secties.extend(_punt(titel, i, *blokken) for i, (titel, blokken) in enumerate(punten, 1))
    return OppConcept(
        document="agenda",
        titel=f"Gespreksagenda OPP van {vw['naam']}",
        ondertitel=f"Voorbereid op {datumtekst(vandaag)}",
        privacy=PRIVACY,
        secties=tuple(secties),
        feiten=feiten,
        vandaag=vandaag,
    )
