"""De notitie voor het groepsplan: wat er komt in plaats van een OPP als het advies basisaanpak is.

Een leeg OPP met kruisjes en een tekenblad zou ouders en collega's op het verkeerde been zetten:
bij 'basisaanpak' is er geen OPP. De notitie legt vast wat er in het groepsplan komt, het advies
met de redenen, en wanneer de afweging opnieuw kan. Ze staat op de plek van het OPP (de
export en de volledigheidscheck kennen haar als document "opp").
"""

from __future__ import annotations

from datetime import date

from assistent.kern.concept.afweging import afweging_sectie
from assistent.kern.concept.betrokkenen import gegevens
from assistent.kern.concept.feiten import vormen
from assistent.kern.concept.model import PRIVACY, Alinea, Feiten, OppConcept, Sectie, nog_invullen
from assistent.kern.concept.opp import kopregel, zonder_herhaling
from assistent.kern.school import Schoolprofiel
from assistent.kern.vragenlijst.waarden import datumtekst

# De rol van het antwoord dat in het groepsplan komt (de vraag na een advies basisaanpak).
GROEPSPLAN = "groepsplan"


def bouw_notitie(feiten: Feiten, vandaag: date, school: Schoolprofiel | None = None) -> OppConcept:
    profiel = school or Schoolprofiel()
    vw = vormen(feiten)
    plan = feiten.rol(GROEPSPLAN)
    afweging = afweging_sectie(feiten, 1, met_stap=False)
    secties = [
        Sectie("leerling", "Gegevens van de leerling en de school",
               tuple(gegevens(feiten, profiel, vandaag))),
        Sectie(GROEPSPLAN, "In het groepsplan", (
            Alinea(plan, "antwoord") if isinstance(plan, str) and plan.strip() else Alinea(
                nog_invullen("wat er in het groepsplan komt"),
                "ontbreekt",
            ),
        )),
        *([afweging] if afweging is not None else []),
        Sectie("verder", "Hoe verder", (Alinea(
            f"Een OPP is op dit moment niet nodig: de hulp voor {vw['naam']} past binnen de "
            "basisaanpak van de groep. Kijk bij de evaluatie van het groepsplan of de aanpak "
            f"werkt. Heeft {vw['naam']} daarna meer nodig dan de groep kan bieden, loop de "
            "afweging dan opnieuw door.",
            "afgeleid",
        ),)),
    ]
    groep = feiten.rol("groep")
    ondertitel = f"Afweging van {datumtekst(vandaag)}"
    if groep is not None and not isinstance(groep, bool | list):
        ondertitel = f"Groep {groep} · {ondertitel.lower()}"
    return OppConcept(
        document="opp",
        titel=f"Notitie voor het groepsplan van {vw['naam']}",
        ondertitel=ondertitel,
        privacy=PRIVACY,
        secties=tuple(zonder_herhaling(secties)),
        feiten=feiten,
        vandaag=vandaag,
        kopregel=kopregel("Notitie groepsplan", feiten, vandaag),
    )


# Bij basisaanpak is er geen OPP, dus ook geen kinddeel en geen OPP-gesprek met ouders.
_ZONDER_OPP = {
    "kinddeel": ("Kinddeel", "Geen kinddeel nodig voor {naam}",
                 "Het kinddeel hoort bij een OPP. Het advies van de afweging is basisaanpak: "
                 "een OPP is niet nodig, dus een kinddeel ook niet. Wat {naam} zelf zegt over wat "
                 "helpt, kan in de notitie voor het groepsplan."),
    "agenda": ("Gespreksagenda", "Geen OPP-gesprek nodig voor {naam}",
               "De gespreksagenda is voor het overleg met ouders over een OPP. Het advies van de "
               "afweging is basisaanpak: een OPP is niet nodig. Vertel ouders wel wat de school "
               "in de groep doet, zoals bij elke aanpak in het groepsplan."),
}


def zonder_opp(document: str, feiten: Feiten, vandaag: date) -> OppConcept:
    """Het kinddeel of de agenda bij het advies basisaanpak: één korte uitleg waarom dit document
    er niet is, in plaats van een leeg OPP-stuk met open plekken."""
    kop, titel, tekst = _ZONDER_OPP[document]
    vw = vormen(feiten)
    return OppConcept(
        document=document,
        titel=titel.format(**vw),
        ondertitel=f"Afweging van {datumtekst(vandaag)}",
        privacy=PRIVACY,
        secties=(Sectie("uitleg", "Waarom niet", (Alinea(tekst.format(**vw), "afgeleid"),)),),
        feiten=feiten,
        vandaag=vandaag,
        kopregel=kopregel(kop, feiten, vandaag),
    )
