"""Het kinddeel (ik-vorm, eenvoudige woorden) en de gespreksagenda (open punten eerst)."""

from __future__ import annotations

from datetime import date

from assistent.kern.concept import (
    PRIVACY,
    Alinea,
    Blok,
    Doelcheck,
    Feit,
    Feiten,
    OppConcept,
    Sectie,
    Tekenvak,
    alinea_van,
    generieke_blokken,
    nog_invullen,
    vormen,
)
from assistent.kern.waarden import datumtekst, toon

# Wat de volwassene over het horen vastlegt, hoort niet in het stuk van het kind zelf.
ADMINISTRATIEF = frozenset({"gehoord_datum", "gehoord_hoe", "gehoord_door", "kind_meegenomen"})


def _kindantwoorden(feiten: Feiten) -> list[Feit]:
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
    eigen = _kindantwoorden(feiten)
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


def _punten(feiten: Feiten, *vraag_ids: str) -> tuple[str, ...]:
    uit: list[str] = []
    for feit in feiten.items:
        if feit.vraag.id in vraag_ids and isinstance(feit.waarde, list):
            uit.extend(toon(feit.vraag, [w]) for w in feit.waarde)
    return tuple(uit)


def _punt(titel: str, nummer: int, *blokken: Blok) -> Sectie:
    return Sectie(f"punt_{nummer}", f"{nummer}. {titel}", tuple(blokken), 2)


def bouw_agenda(feiten: Feiten, vandaag: date, doelcheck: Doelcheck | None) -> OppConcept:
    from assistent.kern.concept_opp import bouw_opp
    from assistent.kern.concept_tabellen import doelteksten
    from assistent.kern.volledigheid import controleer

    vw = vormen(feiten)
    open_ = [c for c in controleer(bouw_opp(feiten, vandaag, doelcheck), doelcheck) if not c.ok]
    secties: list[Sectie] = []
    if feiten.in_sectie("agenda"):
        secties.append(Sectie("gesprek", "Het gesprek", tuple(
            generieke_blokken(feiten, ("agenda",), "Het gesprek")
        )))
    secties.append(Sectie("open", "Nog open in het OPP", (
        Alinea("", "afgeleid", "", tuple(f"{c.onderdeel}: {c.uitleg}" for c in open_))
        if open_ else Alinea("Alle onderdelen zijn ingevuld.", "afgeleid"),
    )))
    gezegd = [a for f in _kindantwoorden(feiten) if (a := alinea_van(f)) is not None]
    bevorderend = _punten(feiten, *(f.vraag.id for f in feiten.in_sectie("factoren_bevorderend")))
    belemmerend = _punten(feiten, *(f.vraag.id for f in feiten.in_sectie("factoren_belemmerend")))
    uitstroom = [alinea_van(f) for f in feiten.beantwoord("uitstroomperspectief")]
    doelen = tuple(tekst for _, tekst in doelteksten(feiten))
    instemming = next((f for f in feiten.items if f.vraag.id == "instemming"), None)
    stand = toon(instemming.vraag, instemming.waarde) if instemming and instemming.waarde else (
        "nog niet besproken"
    )
    instemming_ja = feiten.waarde("instemming") == "ja"
    evaluatie = feiten.waarde("evaluatie_datum")
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
