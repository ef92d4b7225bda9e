"""Het concept-OPP: eerst de wettelijke onderdelen, dan de achtergrond, dan ondertekening."""

from __future__ import annotations

from datetime import date, timedelta

from assistent.kern.concept.afweging import afweging_sectie
from assistent.kern.concept.feiten import generieke_blokken, sectietitel, vormen
from assistent.kern.concept.model import (
    PRIVACY,
    Alinea,
    Blok,
    Feiten,
    Ondertekening,
    OppConcept,
    Sectie,
    Tekenblok,
    nog_invullen,
)
from assistent.kern.concept.tabellen import beoordeel_doelen, doelen, factoren
from assistent.kern.doelcheck import Doelchecker
from assistent.kern.vragenlijst.waarden import datumtekst

ZES_WEKEN = timedelta(weeks=6)
# De rollen van de data die een eigen regel met termijn krijgen.
DATUMROLLEN = ("start_ondersteuning", "vaststelling", "evaluatie_datum")
HANDELINGSDEEL = ("doelen", "aanpak", "afspraken_ouders", "afspraken_leerling", "afwijkingen")
# Onderdelen die niet in de wet staan: alleen in het concept als er een vraag over is.
ACHTERGROND = ("aanleiding", "beginsituatie", "onderwijsbehoeften", "afweging")

# Wie tekent (de rollen op het ondertekenblad, geen vraagrollen).
OUDER_1 = "Ouder/verzorger 1 (met gezag)"
OUDER_2 = "Ouder/verzorger 2 (met gezag)"
TEKENAARS = (OUDER_1, OUDER_2, "Kind", "Leerkracht", "Intern begeleider", "Directeur")


def plus_jaar(dag: date) -> date:
    """Dezelfde dag een jaar later (29 februari wordt 28 februari)."""
    try:
        return dag.replace(year=dag.year + 1)
    except ValueError:
        return dag.replace(year=dag.year + 1, day=28)


def als_datum(waarde: object) -> date | None:
    return waarde if isinstance(waarde, date) else None


def bouw_opp(feiten: Feiten, vandaag: date, doelcheck: Doelchecker) -> OppConcept:
    vw = vormen(feiten)
    beoordeeld = beoordeel_doelen(feiten, doelcheck)
    secties: list[Sectie] = [
        Sectie("leerling", "Gegevens van de leerling", tuple(_leerling(feiten))),
        Sectie("factoren", "Bevorderende en belemmerende factoren", tuple(factoren(feiten))),
        *_uitstroom(feiten),
        Sectie("handelingsdeel", "Handelingsdeel", (Alinea(
            f"Dit deel beschrijft de ondersteuning voor {vw['naam']}: wat de school doet, wat "
            f"ouders doen en wat {vw['hij']} zelf doet. Ouders met gezag stemmen in met dit deel.",
            "afgeleid",
        ),)),
        Sectie("doelen", "Doelen", tuple(doelen(feiten, beoordeeld)), 2),
        *(_generiek(feiten, s, 2) for s in HANDELINGSDEEL[1:]),
        *([_generiek(feiten, "leerlijn", 2)] if feiten.in_sectie("leerlijn") else []),
        Sectie("stem_kind", "Stem van het kind", tuple(_stem(feiten))),
        Sectie("data", "Data en evaluatie", tuple(_data(feiten))),
        _generiek(feiten, "overleg", 1),
    ]
    achtergrond = [_generiek(feiten, s, 2) for s in ACHTERGROND[:-1] if feiten.in_sectie(s)]
    # De afweging: het advies met redenen, en de antwoorden (zie concept/afweging.py).
    achtergrond.extend(s for s in [afweging_sectie(feiten)] if s is not None)
    if achtergrond:
        secties.append(Sectie("achtergrond", "Achtergrond", ()))
        secties.extend(achtergrond)
    groep = feiten.rol("groep")
    ondertitel = f"Concept van {datumtekst(vandaag)}"
    if groep is not None and not isinstance(groep, bool | list):
        ondertitel = f"Groep {groep} · {ondertitel.lower()}"
    return OppConcept(
        document="opp",
        titel=f"Ontwikkelingsperspectiefplan van {vw['naam']}",
        ondertitel=ondertitel,
        privacy=PRIVACY,
        secties=tuple(secties),
        feiten=feiten,
        vandaag=vandaag,
        ondertekening=ondertekening(),
        doelen=beoordeeld,
    )


def _generiek(feiten: Feiten, sleutel: str, niveau: int) -> Sectie:
    titel = sectietitel(sleutel)
    return Sectie(sleutel, titel, tuple(generieke_blokken(feiten, (sleutel,), titel)), niveau)


def _leerling(feiten: Feiten) -> list[Blok]:
    # Het voornaamwoord stuurt de zinnen; het hoort zelf niet in het document.
    return generieke_blokken(
        feiten, ("leerling",), "Gegevens van de leerling", zonder=frozenset({"voornaamwoord"})
    )


def _uitstroom(feiten: Feiten) -> list[Sectie]:
    blokken = generieke_blokken(feiten, ("uitstroomperspectief",), "Uitstroomperspectief")
    blokken.append(Alinea(
        "Dit is de verwachting op dit moment. Bij elke evaluatie kijken we opnieuw of het "
        "perspectief nog past en of de lat hoger kan.",
        "afgeleid",
    ))
    onderbouwing = generieke_blokken(feiten, ("onderbouwing",), "Onderbouwing")
    return [
        Sectie("uitstroomperspectief", "Uitstroomperspectief", tuple(blokken)),
        Sectie("onderbouwing", "Onderbouwing", tuple(onderbouwing), 2),
    ]


def _stem(feiten: Feiten) -> list[Blok]:
    if feiten.beantwoord("stem_kind"):
        return generieke_blokken(feiten, ("stem_kind",), "Stem van het kind")
    vw = vormen(feiten)
    return [Alinea(
        nog_invullen(
            f"wanneer en hoe {vw['naam']} is gehoord, wat {vw['hij']} vertelde en wat "
            "daarmee is gedaan"
        ),
        "ontbreekt",
    )]


def _data(feiten: Feiten) -> list[Blok]:
    start = als_datum(feiten.rol("start_ondersteuning"))
    vast = als_datum(feiten.rol("vaststelling"))
    evaluatie = als_datum(feiten.rol("evaluatie_datum"))
    blokken: list[Blok] = []

    def regel(kop: str, dag: date | None, open_: str, termijn: str = "") -> None:
        tekst = datumtekst(dag) if dag else nog_invullen(open_)
        blokken.append(Alinea(f"{tekst}{termijn}", "afgeleid" if dag else "ontbreekt", kop))

    regel("Start extra ondersteuning", start, "start extra ondersteuning")
    grens = f" (uiterlijk {datumtekst(start + ZES_WEKEN)}: zes weken na de start)" if start else ""
    regel("Vaststelling OPP", vast, "datum van vaststelling", grens)
    basis = vast or start
    grens = f" (uiterlijk {datumtekst(plus_jaar(basis))}: minstens eens per jaar)" if basis else ""
    regel("Evaluatie", evaluatie, "datum van de evaluatie", grens)
    vw = vormen(feiten)
    blokken.append(Alinea(
        f"De evaluatie gebeurt met ouders en met {vw['naam']}; {vw['zijn']} eigen doelen komen "
        "daarbij terug. Registreer de begin- en einddatum van de extra ondersteuning in de "
        "leerlingadministratie (ROD).",
        "afgeleid",
    ))
    rest = generieke_blokken(feiten, ("data", "evaluatie"), "Data", zonder=frozenset(DATUMROLLEN))
    blokken.extend(b for b in rest if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return blokken


def ondertekening() -> Ondertekening:
    return Ondertekening(
        blokken=(
            Tekenblok(
                "Voor gezien (het hele OPP)",
                "Met een handtekening laat je zien dat je het OPP hebt gelezen en besproken. "
                "Het betekent niet dat je het overal mee eens bent.",
                TEKENAARS,
            ),
            Tekenblok(
                "Akkoord handelingsdeel",
                "Ouders met gezag stemmen in met de doelen, de aanpak en de afspraken. "
                "Ook zonder instemming krijgt het kind de ondersteuning die het nodig heeft.",
                (OUDER_1, OUDER_2),
            ),
        ),
        opmerkingen="Opmerkingen of bezwaren van ouders of kind",
        toelichting=(
            "Tekent één ouder met gezag? Dan mag de school, als zij te goeder trouw handelt, "
            "aannemen dat die ouder ook namens de andere ouder met gezag tekent, tenzij de "
            "school weet dat de ouders het hier niet over eens zijn."
        ),
    )
